import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { vigieApi } from '../../api/vigieApi';
import { useSession } from '../auth/SessionContext';

/** Header and navigation of the administration pages. */
export function AdminLayout({ title, children }: { title: string; children: ReactNode }) {
  const { session, signedOut } = useSession();
  const roles = session.status === 'authenticated' ? session.user.roles : [];

  async function handleLogout() {
    try {
      await vigieApi.logout();
    } catch {
      // The session is dropped on this side whatever the server answered.
    }
    signedOut();
  }

  return (
    <>
      <header className="app-header">
        <Link to="/admin/utilisateurs" className="brand">
          Vigie
        </Link>
        <nav aria-label="Administration" className="admin-nav">
          {(roles.includes('WORKER') || roles.includes('COORDINATOR')) && <Link to="/file">File</Link>}
          <NavLink to="/admin/utilisateurs">Comptes</NavLink>
          <NavLink to="/admin/journal">Journal d’audit</NavLink>
          <NavLink to="/admin/conservation">Conservation</NavLink>
          <NavLink to="/securite">Double authentification</NavLink>
        </nav>
        {session.status === 'authenticated' && (
          <span className="user">Connecté·e : {session.user.username}</span>
        )}
        <button type="button" className="secondary-button" onClick={() => void handleLogout()}>
          Se déconnecter
        </button>
      </header>
      <main id="contenu" className="admin-page">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
