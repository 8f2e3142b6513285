import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session-context.tsx';

/** Where to go after signing in: `next` when it is a path of this app, else the home page. */
export const safeNext = (next: string | null): string =>
  next?.startsWith('/') && !next.startsWith('//') ? next : '/';

/** Renders its children for a signed-in user; sends anyone else to sign-in and back after. */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <p className="status-line" role="status">
        Loading…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="alert alert-error" role="alert">
        <p>Cannot reach the prepkit server. It may be stopped or restarting.</p>
        <button type="button" className="button" onClick={state.retry}>
          Try again
        </button>
      </div>
    );
  }
  if (state.status === 'signed-out') {
    if (state.ended) return <Navigate to="/sign-in" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
};
