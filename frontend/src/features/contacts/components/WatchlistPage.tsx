import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Watchlist } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { ContactLink } from '../../../components/ContactLink';
import { platformLabel } from '../../../components/labels';
import { watchlistApi } from '../api/watchlistApi';
import { WatchNotifySettings } from './WatchNotifySettings';

/** « Contacts surveillés »: her watches, and the new reports that showed them (unseen first marked). */
export function WatchlistPage() {
  const [list, setList] = useState<Watchlist | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setList(await watchlistApi.list());
      setError('');
    } catch {
      setError('La liste n’a pas pu être chargée : réessayez dans un instant.');
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function markSeen(id: string) {
    try {
      await watchlistApi.seen(id);
      await load();
    } catch {
      setError('L’alerte n’a pas pu être marquée comme vue.');
    }
  }

  return (
    <main id="contenu" className="page">
      <h1>Contacts surveillés</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {list === null && !error && <p className="loading">Chargement…</p>}
      {list && (
        <>
          <section aria-labelledby="alertes-surveillance">
            <h2 id="alertes-surveillance">Nouveaux signalements ({list.unseen} non vus)</h2>
            {list.alerts.length === 0 ? (
              <p className="empty">Aucun nouveau signalement ne montre vos contacts surveillés.</p>
            ) : (
              <ul>
                {list.alerts.map((alert) => (
                  <li key={alert.id}>
                    {!alert.seenAt && <span className="tag">nouveau</span>} <PriorityBadge priority={alert.priority} />{' '}
                    <Link to={`/signalements/${alert.reportId}`}>
                      {platformLabel(alert.platform)}
                      {alert.department && ` — ${alert.department}`}
                    </Link>{' '}
                    — montre <ContactLink contact={alert.contact}>{alert.display}</ContactLink> — le{' '}
                    <time dateTime={alert.raisedAt}>{formatInstant(alert.raisedAt)}</time>{' '}
                    {!alert.seenAt && (
                      <button type="button" className="secondary-button" onClick={() => void markSeen(alert.id)}>
                        Marquer comme vu
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <WatchNotifySettings />
          <section aria-labelledby="mes-surveillances">
            <h2 id="mes-surveillances">Mes contacts surveillés</h2>
            {list.watches.length === 0 ? (
              <p className="empty">Vous ne surveillez aucun contact : ouvrez le dossier d’un contact pour le surveiller.</p>
            ) : (
              <ul>
                {list.watches.map((watch) => (
                  <li key={watch.id}>
                    <ContactLink contact={watch.contact}>{watch.display}</ContactLink>
                    {watch.note && ` — ${watch.note}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}
