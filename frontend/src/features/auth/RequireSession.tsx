import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './SessionContext';

export const SECOND_FACTOR_PATH = '/securite';

/**
 * Renders its children for a signed-in user; sends anyone else to the login page, and a user who
 * must set up a second factor to that page first.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return <p className="loading">Chargement…</p>;
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/connexion" replace />;
  }
  const { user } = session;
  if (user.secondFactorRequired && !user.secondFactorEnabled && location.pathname !== SECOND_FACTOR_PATH) {
    return <Navigate to={SECOND_FACTOR_PATH} replace />;
  }
  return children;
}
