import { Link } from 'react-router';
import type { QueueFilter } from '../../../lib/api/types';
import { useSession } from '../../../lib/session/SessionContext';
import { claimLabel } from '../../../components/claimLabel';
import { formatInstant } from '../../../lib/parisTime';
import { platformLabel, statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { useQueue } from '../hooks/useQueue';
import { ErrorMessage } from '../../../components/ErrorMessage';

const FOLLOW_UPS: QueueFilter = { followUps: true };
const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });

/** YYYY-MM-DD as « jeudi 15 janvier 2026 »; anything else as it is. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? DAY.format(date) : day;
}

/** « Mes relances »: the reports whose follow-up date I set has come. */
export function FollowUpsPage() {
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.user.username : null;
  const { items, error, live } = useQueue(FOLLOW_UPS);

  return (
    <main id="contenu" className="queue-page">
      <h1>Mes relances</h1>
      <p className="intro">
        Les prises de contact dont vous avez fixé la date de relance et qui arrivent à échéance
        {live ? ' (mise à jour en direct).' : ' (actualisé toutes les 10 secondes).'}
      </p>
      <ErrorMessage message={error} />
      {items === null ? (
        <p className="loading">Chargement des relances…</p>
      ) : items.length === 0 ? (
        <p className="empty">Aucune relance due</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">Relances dues, du plus urgent au moins urgent</caption>
            <thead>
              <tr>
                <th scope="col">Priorité</th>
                <th scope="col">Relance prévue le</th>
                <th scope="col">Plateforme</th>
                <th scope="col">Observé le</th>
                <th scope="col">Statut</th>
                <th scope="col">Prise en charge</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/signalements/${item.id}`} className="row-link">
                      <PriorityBadge priority={item.priority} />
                    </Link>
                  </th>
                  <td>{item.followUpOn ? formatDay(item.followUpOn) : 'échue'}</td>
                  <td>
                    <span className="platform">{platformLabel(item.platform)}</span>
                    {item.platformName && <span className="secondary">{item.platformName}</span>}
                  </td>
                  <td>
                    <time dateTime={item.observedAt}>{formatInstant(item.observedAt)}</time>
                  </td>
                  <td>{statusLabel(item.status)}</td>
                  <td>{claimLabel(item.claim, me) ?? <span className="secondary">Libre</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
