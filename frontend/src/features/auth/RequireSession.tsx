import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from './SessionContext';

/** Renders its children for a signed-in user; sends anyone else to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (session.status === 'loading') {
    return <p className="loading">Chargement…</p>;
  }
  if (session.status === 'anonymous') {
    return <Navigate to="/connexion" replace />;
  }
  return children;
}
