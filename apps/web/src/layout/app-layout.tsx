import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { logout } from '../api/prepkit-api.ts';
import { useSession } from '../session/session-context.tsx';

const useOnline = () => {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
};

/** Skip link, header with navigation and account, the page, and an offline notice. */
export const AppLayout = () => {
  const { state, signedOut } = useSession();
  const navigate = useNavigate();
  const online = useOnline();
  const [signingOut, setSigningOut] = useState(false);
  const signOut = async () => {
    setSigningOut(true);
    try {
      await logout();
    } catch {
      // the cookie may already be gone; the user is signed out here either way
    }
    setSigningOut(false);
    signedOut(true);
    navigate('/sign-in', { replace: true });
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            prepkit
          </Link>
          {state.status === 'signed-in' && (
            <nav aria-label="Main" className="main-nav">
              <NavLink to="/" end>
                New report
              </NavLink>
              <NavLink to="/reports">History</NavLink>
              <span className="user-name" title={state.user.email}>
                {state.user.username}
              </span>
              <button
                type="button"
                className="button button-small"
                onClick={signOut}
                disabled={signingOut}
              >
                Sign out
              </button>
            </nav>
          )}
        </div>
      </header>
      {!online && (
        <div className="offline-banner" role="status">
          You are offline. What you typed is kept; actions resume when the connection is back.
        </div>
      )}
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
};
