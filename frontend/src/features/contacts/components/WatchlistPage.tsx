import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Watchlist } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { ContactLink } from '../../../components/ContactLink';
import { platformLabel } from '../../../components/labels';
import { watchlistApi } from '../api/watchlistApi';
import { useTranslation } from '../../../lib/i18n';
import { WatchNotifySettings } from './WatchNotifySettings';

/** « Contacts surveillés »: her watches, and the new reports that showed them (unseen first marked). */
export function WatchlistPage() {
  const { t } = useTranslation();
  const [list, setList] = useState<Watchlist | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    try {
      setList(await watchlistApi.list());
      setError('');
    } catch {
      setError(t('contacts.watchlist.failed'));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function markSeen(id: string) {
    try {
      await watchlistApi.seen(id);
      await load();
    } catch {
      setError(t('contacts.watchlist.seenFailed'));
    }
  }

  return (
    <main id="contenu" className="page">
      <h1>{t('nav.watchlist')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {list === null && !error && <p className="loading">{t('common.loading')}</p>}
      {list && (
        <>
          <section aria-labelledby="alertes-surveillance">
            <h2 id="alertes-surveillance">{t('contacts.watchlist.alerts', { count: list.unseen })}</h2>
            {list.alerts.length === 0 ? (
              <p className="empty">{t('contacts.watchlist.noAlert')}</p>
            ) : (
              <ul>
                {list.alerts.map((alert) => (
                  <li key={alert.id}>
                    {!alert.seenAt && <span className="tag">{t('contacts.watchlist.new')}</span>} <PriorityBadge priority={alert.priority} />{' '}
                    <Link to={`/signalements/${alert.reportId}`}>
                      {platformLabel(alert.platform)}
                      {alert.department && ` — ${alert.department}`}
                    </Link>{' '}
                    {t('contacts.watchlist.shows')} <ContactLink contact={alert.contact}>{alert.display}</ContactLink>{' '}
                    {t('contacts.watchlist.on')}{' '}
                    <time dateTime={alert.raisedAt}>{formatInstant(alert.raisedAt)}</time>{' '}
                    {!alert.seenAt && (
                      <button type="button" className="secondary-button" onClick={() => void markSeen(alert.id)}>
                        {t('contacts.watchlist.markSeen')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <WatchNotifySettings />
          <section aria-labelledby="mes-surveillances">
            <h2 id="mes-surveillances">{t('contacts.watchlist.mine')}</h2>
            {list.watches.length === 0 ? (
              <p className="empty">{t('contacts.watchlist.none')}</p>
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
