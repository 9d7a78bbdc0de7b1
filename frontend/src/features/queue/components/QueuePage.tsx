import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Priority, QueueFilter } from '../../../lib/api/types';
import { claimReport } from '../../../lib/api/claims';
import { formatHour } from '../../../lib/parisTime';
import { useSession } from '../../../lib/session/SessionContext';
import { decidedReport } from '../../../lib/pageState/decidedReport';
import { DecidedBanner } from './DecidedBanner';
import { claimErrorMessage } from '../../../components/claimErrorMessage';
import { PRIORITY_LABELS, scopeLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { QueueFilters } from './QueueFilters';
import { filterFromSearch, hasFilter, searchFromFilter } from '../queueFilter';
import { rowLinkId } from './QueueRow';
import { QueueTable } from './QueueTable';
import { useQueue } from '../hooks/useQueue';
import { useTriageKeys } from '../hooks/useTriageKeys';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { setTabCount } from '../../../lib/tabTitle';
import { listedLabel, total } from '../queueListed';
import { locale, Trans, useTranslation } from '../../../lib/i18n';

/** The time of the last update, in the chosen language. */
const time = (date: Date) =>
  new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Paris', timeStyle: 'medium' }).format(date);

export function QueuePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.user.username : null;
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const { items, pending, fresh, counts, scope, next, error, updatedAt, live, loadingMore, reload, loadMore, showNew } =
    useQueue(filter);
  const navigate = useNavigate();
  const state: unknown = useLocation().state;
  // Set by the manual intake form after a 202: the report to point out once it is triaged.
  // Set by the report page after a decision.
  const decided = decidedReport(state);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A new P1 is said out loud and counted in the tab's title, not only shown. What she has been
  // shown already is never « new »: the set outlives a change of filters (clearing them once
  // announced every P1 of the queue as new).
  const seen = useRef(new Set<string>());
  useEffect(() => {
    for (const item of items ?? []) seen.current.add(item.id);
  }, [items]);
  const newP1 = pending.filter((item) => item.priority === 'P1');
  const arrived = [...pending, ...(items ?? []).filter((item) => fresh.has(item.id))];
  const unseenP1 = arrived
    .filter((item) => item.priority === 'P1' && !seen.current.has(item.id))
    .map((item) => item.id)
    .join(' ');
  const waitingToShow = pending.length;
  useEffect(() => {
    if (unseenP1 === '') return;
    const ids = unseenP1.split(' ');
    for (const id of ids) seen.current.add(id);
    const said = t('queue.newP1', { count: ids.length });
    setAnnouncement(waitingToShow > 0 ? t('queue.newP1Waiting', { said }) : t('queue.newP1Shown', { said }));
  }, [unseenP1, waitingToShow, t]);
  const p1Waiting = newP1.length;
  useEffect(() => setTabCount('queue-p1', p1Waiting), [p1Waiting]);
  useEffect(() => () => setTabCount('queue-p1', 0), []);

  // The row at the top of her screen stays where it is when the new ones go in above it (the
  // browser's scroll anchoring does not hold for table rows in every case).
  const anchor = useRef<{ id: string; top: number } | null>(null);
  useLayoutEffect(() => {
    const held = anchor.current;
    if (!held) return;
    anchor.current = null;
    const row = document.getElementById(held.id);
    const tr = row?.closest('tr');
    if (tr) window.scrollBy(0, tr.getBoundingClientRect().top - held.top);
  }, [items]);

  const insertNew = useCallback(() => {
    const count = pending.length;
    const rows = document.querySelectorAll<HTMLElement>('table.queue tbody tr');
    const reading = [...rows].find((row) => row.getBoundingClientRect().top >= 0);
    const link = reading?.querySelector('a');
    anchor.current = reading && link ? { id: link.id, top: reading.getBoundingClientRect().top } : null;
    showNew();
    setAnnouncement(t('queue.inserted', { count }));
  }, [pending.length, showNew, t]);

  const changeFilter = useCallback(
    (next: QueueFilter) => setSearch(searchFromFilter(next), { replace: true }),
    [setSearch],
  );

  const claimSelected = useCallback(async () => {
    const item = items?.find((candidate) => candidate.id === selectedId);
    if (!item) {
      setAnnouncement(t('queue.selectFirst'));
      return;
    }
    try {
      const claim = await claimReport(item.id);
      setAnnouncement(t('queue.claimed', { band: item.priority, until: formatHour(claim.expiresAt) }));
    } catch (failure) {
      setAnnouncement(claimErrorMessage(failure));
    }
    reload();
  }, [items, selectedId, reload, t]);

  useTriageKeys({
    move: (step) => {
      if (!items || items.length === 0) return;
      const index = items.findIndex((item) => item.id === selectedId);
      const next =
        index < 0
          ? step > 0
            ? 0
            : items.length - 1
          : Math.min(items.length - 1, Math.max(0, index + step));
      const id = items[next]?.id ?? null;
      setSelectedId(id);
      if (id) document.getElementById(rowLinkId(id))?.focus();
    },
    open: () => {
      if (selectedId && items?.some((item) => item.id === selectedId)) {
        navigate(`/signalements/${selectedId}`);
      }
    },
    claim: () => void claimSelected(),
  });

  return (
    <main id="contenu" className="queue-page">
      <h1>{t('queue.title')}</h1>
      {decided && <DecidedBanner decided={decided} />}

      {counts && (
        <ul className="band-counts" aria-label={t('queue.countsByBand')}>
          {(Object.keys(PRIORITY_LABELS) as Priority[]).map((band) => (
            <li key={band}>
              <PriorityBadge priority={band} /> <span className="count">{counts[band] ?? 0}</span>
            </li>
          ))}
        </ul>
      )}

      {scope?.shiftId && (
        <p className="scope-chip">
          <span className="chip">
            {scope.kind === 'SHIFT' ? t('queue.scope.shift') : t('queue.scope.widened')}{' '}
            {scopeLabel(scope.platforms, scope.departments)}
          </span>{' '}
          {scope.kind === 'SHIFT' && scope.mayWiden && (
            <button type="button" className="plain-button" onClick={() => changeFilter({ ...filter, scope: 'all' })}>
              {t('queue.scope.widen')}
            </button>
          )}
          {scope.kind === 'ALL' && (
            <button type="button" className="plain-button" onClick={() => changeFilter({ ...filter, scope: undefined })}>
              {t('queue.scope.back')}
            </button>
          )}
        </p>
      )}

      <QueueFilters filter={filter} onChange={changeFilter} />

      <p className="refresh-note">
        {live ? t('queue.live') : t('queue.polling')}
        {updatedAt && t('queue.updatedAt', { at: time(updatedAt) })}.
      </p>
      <p className="shortcuts" id="raccourcis">
        <Trans i18nKey="queue.shortcuts" components={{ kbd: <kbd /> }} />
      </p>
      <p className="triage-message" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ErrorMessage message={error} />
      {pending.length > 0 && (
        <p className="new-reports">
          <button type="button" onClick={insertNew}>
            {t('queue.pending', { count: pending.length })}
            {newP1.length > 0 && t('queue.pendingP1', { count: newP1.length })}
          </button>
        </p>
      )}
      {items === null ? (
        <p className="loading">{t('queue.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">
          {hasFilter(filter) ? t('queue.emptyFiltered') : t('queue.empty')}
        </p>
      ) : (
        <>
          <QueueTable items={items} me={me} selectedId={selectedId} fresh={fresh} />
          <div className="queue-more">
            <p className="queue-listed" aria-live="polite">
              {listedLabel(items.length, hasFilter(filter) ? null : total(counts), next !== null)}
            </p>
            {next !== null && (
              <button type="button" disabled={loadingMore} onClick={loadMore}>
                {loadingMore ? t('common.loading') : t('queue.more')}
              </button>
            )}
          </div>
        </>
      )}
    </main>
  );
}
