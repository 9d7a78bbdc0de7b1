import { Link } from 'react-router';
import { vigieApi } from '../../api/vigieApi';
import { useSession } from '../auth/SessionContext';
import { QueueTable } from './QueueTable';
import { useQueue } from './useQueue';

const TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'medium' });

export function QueuePage() {
  const { session, signedOut } = useSession();
  const { items, error, updatedAt } = useQueue(signedOut);

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
        <span className="brand">Vigie</span>
        {session.status === 'authenticated' && session.user.roles.includes('ADMIN') && (
          <nav aria-label="Administration" className="admin-nav">
            <Link to="/admin/utilisateurs">Administration</Link>
          </nav>
        )}
        {session.status === 'authenticated' && (
          <span className="user">Connecté·e : {session.user.username}</span>
        )}
        <button type="button" className="secondary-button" onClick={() => void handleLogout()}>
          Se déconnecter
        </button>
      </header>
      <main id="contenu" className="queue-page">
        <h1>File des signalements</h1>
        <p className="refresh-note">
          Actualisée automatiquement toutes les 10 secondes
          {updatedAt && <> — dernière mise à jour à {TIME.format(updatedAt)}</>}.
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {items === null ? (
          <p className="loading">Chargement de la file…</p>
        ) : items.length === 0 ? (
          <p className="empty">Aucun signalement en attente</p>
        ) : (
          <QueueTable items={items} />
        )}
      </main>
    </>
  );
}
