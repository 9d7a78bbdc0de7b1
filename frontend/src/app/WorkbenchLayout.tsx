import { Navigate, Outlet, useLocation } from 'react-router';
import { AppHeader } from '../components/AppHeader';
import { AlertsPanel } from '../features/alerts/components/AlertsPanel';
import { MyShiftStatus } from '../features/shifts/components/MyShiftStatus';
import { WatchAlertNotifier } from '../features/contacts/components/WatchAlertNotifier';
import { useSession } from '../lib/session/SessionContext';
import { useTranslation } from '../lib/i18n';
import { SECOND_FACTOR_PATH } from './paths';
import { ServerUnreachable } from '../components/ServerUnreachable';
import { returnToState } from '../lib/pageState/returnTo';

/**
 * The layout route of every page behind the login: sends anyone not signed in to the login page,
 * which brings her back here (and a person who must set up a second factor to that page first),
 * says so when the server cannot be reached (never the login form for that), then mounts the header once,
 * with her shift and exposure (workers and coordinators), the coordinators' alerts, the desktop
 * notifications of watch alerts, and the page.
 */
export function WorkbenchLayout() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { pathname, search } = useLocation();
  if (session.status === 'loading') {
    return <p className="loading">{t('common.loading')}</p>;
  }
  if (session.status === 'unreachable') {
    return <ServerUnreachable />;
  }
  if (session.status === 'anonymous') {
    // Back to this page after signing in (its drafts are kept in local storage), unless she signed out.
    return (
      <Navigate
        to="/connexion"
        replace
        state={
          session.signedOut
            ? undefined
            : returnToState({ from: `${pathname}${search}`, expired: session.expired === true })
        }
      />
    );
  }
  const { user } = session;
  if (user.secondFactorRequired && !user.secondFactorEnabled && pathname !== SECOND_FACTOR_PATH) {
    return <Navigate to={SECOND_FACTOR_PATH} replace />;
  }
  return (
    <>
      <AppHeader
        status={user.roles.some((role) => role === 'WORKER' || role === 'COORDINATOR') ? <MyShiftStatus /> : undefined}
      />
      {/* Mounted once: it keeps track of the alerts already notified, and asks again every 15 s. */}
      {user.roles.includes('COORDINATOR') && <AlertsPanel />}
      {/* Mounted once too: the watch alerts already notified, for whoever can watch. */}
      {user.roles.some((role) => role === 'WORKER' || role === 'COORDINATOR') && <WatchAlertNotifier />}
      <Outlet />
    </>
  );
}
