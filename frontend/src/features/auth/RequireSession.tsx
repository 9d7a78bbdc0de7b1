import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../api/types';
import { AppHeader } from '../navigation/AppHeader';
import { useSession } from './SessionContext';

interface RequireSessionProps {
  children: ReactNode;
  /** When given, the user needs at least one of these roles (the backend checks it too). */
  roles?: Role[];
}

export const SECOND_FACTOR_PATH = '/securite';

/**
 * Renders its children for a signed-in user; sends anyone else to the login page, and a user who
 * must set up a second factor to that page first.
 */
export function RequireSession({ children, roles }: RequireSessionProps) {
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
  if (roles && !roles.some((role) => session.user.roles.includes(role))) {
    return (
      <>
        <AppHeader />
        <main id="contenu" className="page">
          <h1>Accès refusé</h1>
          <p>Votre compte ne donne pas accès à cette page.</p>
        </main>
      </>
    );
  }
  return children;
}
