import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { useSession } from '../auth/SessionContext';

function AdminOnly({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (session.status === 'authenticated' && !session.user.roles.includes('ADMIN')) {
    return <Navigate to="/file" replace />;
  }
  return children;
}

/** Renders its children for a signed-in administrator only (the API checks it again). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <AdminOnly>{children}</AdminOnly>
    </RequireSession>
  );
}
