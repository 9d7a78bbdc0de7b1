import { Link } from 'react-router';
import type { QueueFilter } from '../../../lib/api/types';
import { useSession } from '../../../lib/session/SessionContext';
import { claimLabel } from '../../../components/claimLabel';
import { formatInstant } from '../../../lib/parisTime';
import { platformLabel, statusLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { useQueue } from '../hooks/useQueue';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { locale, useTranslation } from '../../../lib/i18n';

const FOLLOW_UPS: QueueFilter = { followUps: true };

/** YYYY-MM-DD as « jeudi 15 janvier 2026 » (in the chosen language); anything else as it is. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime());
  return valid ? new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone: 'UTC' }).format(date) : day;
}

/** « Mes relances »: the reports whose follow-up date I set has come. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.user.username : null;
  const { items, error, live } = useQueue(FOLLOW_UPS);

  return (
    <main id="contenu" className="queue-page">
      <h1>{t('nav.followUps')}</h1>
      <p className="intro">
        {t('queue.followUps.intro')}
        {live ? t('queue.followUps.live') : t('queue.followUps.polling')}
      </p>
      <ErrorMessage message={error} />
      {items === null ? (
        <p className="loading">{t('queue.followUps.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('queue.followUps.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">{t('queue.followUps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.table.band')}</th>
                <th scope="col">{t('queue.followUps.due')}</th>
                <th scope="col">{t('queue.table.platform')}</th>
                <th scope="col">{t('queue.followUps.observed')}</th>
                <th scope="col">{t('queue.followUps.status')}</th>
                <th scope="col">{t('queue.followUps.claim')}</th>
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
                  <td>{item.followUpOn ? formatDay(item.followUpOn) : t('queue.followUps.overdue')}</td>
                  <td>
                    <span className="platform">{platformLabel(item.platform)}</span>
                    {item.platformName && <span className="secondary">{item.platformName}</span>}
                  </td>
                  <td>
                    <time dateTime={item.observedAt}>{formatInstant(item.observedAt)}</time>
                  </td>
                  <td>{statusLabel(item.status)}</td>
                  <td>{claimLabel(item.claim, me) ?? <span className="secondary">{t('queue.row.free')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
