import { Outlet } from 'react-router';
import type { Role } from '../lib/api/types';
import { useSession } from '../lib/session/SessionContext';

/**
 * The pages under it need at least one of these roles (the backend checks it too); below
 * WorkbenchLayout, so the person is signed in.
 */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { session } = useSession();
  const held = session.status === 'authenticated' ? session.user.roles : [];
  if (!roles.some((role) => held.includes(role))) {
    return (
      <main id="contenu" className="page">
        <h1>Accès refusé</h1>
        <p>Votre compte ne donne pas accès à cette page.</p>
      </main>
    );
  }
  return <Outlet />;
}
