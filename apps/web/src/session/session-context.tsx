import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { fetchMe, type SessionUser } from '../api/prepkit-api.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  /** `ended`: the user signed out here (no page to come back to). */
  | { status: 'signed-out'; ended?: boolean }
  | { status: 'signed-in'; user: SessionUser };

interface SessionApi {
  state: SessionState;
  /** After sign-in or sign-up: the user the API returned. */
  signedIn(user: SessionUser): void;
  /** After sign-out (`ended`), or when the API answers 401 (the session expired). */
  signedOut(ended?: boolean): void;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Holds who is signed in; asks the API once at start (the cookie survives reloads). */
export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const load = useCallback(() => {
    setState({ status: 'loading' });
    fetchMe().then(
      (user) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
      () => setState({ status: 'error', retry: load }),
    );
  }, []);
  useEffect(load, [load]);
  const signedIn = useCallback((user: SessionUser) => setState({ status: 'signed-in', user }), []);
  const signedOut = useCallback((ended = false) => setState({ status: 'signed-out', ended }), []);
  return (
    <SessionContext.Provider value={{ state, signedIn, signedOut }}>
      {children}
    </SessionContext.Provider>
  );
};

export const useSession = (): SessionApi => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
};
