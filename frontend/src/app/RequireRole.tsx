import { Outlet } from 'react-router';
import type { Role } from '../lib/api/types';
import { useSession } from '../lib/session/SessionContext';
import { useTranslation } from '../lib/i18n';

/**
 * The pages under it need at least one of these roles (the backend checks it too); below
 * WorkbenchLayout, so the person is signed in.
 */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const held = session.status === 'authenticated' ? session.user.roles : [];
  if (!roles.some((role) => held.includes(role))) {
    return (
      <main id="contenu" className="page">
        <h1>{t('access.deniedTitle')}</h1>
        <p>{t('access.deniedBody')}</p>
      </main>
    );
  }
  return <Outlet />;
}
