import { Navigate, Outlet, useLocation } from 'react-router';
import { AppHeader } from '../components/AppHeader';
import { UnclaimedP1Banner } from '../features/alerts/components/UnclaimedP1Banner';
import { useSession } from '../lib/session/SessionContext';
import { SECOND_FACTOR_PATH } from './paths';

/**
 * The layout route of every page behind the login: sends anyone not signed in to the login page
 * (and a person who must set up a second factor to that page first), then mounts the header once,
 * the coordinators' P1 banner, and the page.
 */
export function WorkbenchLayout() {
  const { session } = useSession();
  const { pathname } = useLocation();
  if (session.status === 'loading') {
    return <p className="loading">Chargement…</p>;
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/connexion" replace />;
  }
  const { user } = session;
  if (user.secondFactorRequired && !user.secondFactorEnabled && pathname !== SECOND_FACTOR_PATH) {
    return <Navigate to={SECOND_FACTOR_PATH} replace />;
  }
  return (
    <>
      <AppHeader />
      {/* Keyed by page: the alerts are asked again on every page change, not only every minute. */}
      {user.roles.includes('COORDINATOR') && <UnclaimedP1Banner key={pathname} />}
      <Outlet />
    </>
  );
}
