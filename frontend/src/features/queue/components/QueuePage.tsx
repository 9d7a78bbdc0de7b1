import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

const TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'medium' });

export function QueuePage() {
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.user.username : null;
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const { items, counts, scope, error, updatedAt, live, reload } = useQueue(filter);
  const navigate = useNavigate();
  const state: unknown = useLocation().state;
  // Set by the manual intake form after a 202: the report to point out once it is triaged.
  // Set by the report page after a decision.
  const decided = decidedReport(state);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A new P1 is said out loud, not only shown.
  const seenP1 = useRef<{ filter: string; ids: Set<string> } | null>(null);
  useEffect(() => {
    if (items === null) return;
    const key = searchFromFilter(filter).toString();
    const p1 = items.filter((item) => item.priority === 'P1').map((item) => item.id);
    const seen = seenP1.current;
    if (seen !== null && seen.filter === key) {
      const fresh = p1.filter((id) => !seen.ids.has(id));
      if (fresh.length === 1) setAnnouncement('Nouveau signalement P1 (immédiat) dans la file.');
      if (fresh.length > 1) setAnnouncement(`${fresh.length} nouveaux signalements P1 (immédiat) dans la file.`);
    }
    seenP1.current = { filter: key, ids: new Set([...(seen?.filter === key ? seen.ids : []), ...p1]) };
  }, [items, filter]);

  const changeFilter = useCallback(
    (next: QueueFilter) => setSearch(searchFromFilter(next), { replace: true }),
    [setSearch],
  );

  const claimSelected = useCallback(async () => {
    const item = items?.find((candidate) => candidate.id === selectedId);
    if (!item) {
      setAnnouncement('Sélectionnez d’abord un signalement avec j ou k.');
      return;
    }
    try {
      const claim = await claimReport(item.id);
      setAnnouncement(
        `Signalement ${item.priority} pris en charge par vous jusqu’à ${formatHour(claim.expiresAt)}.`,
      );
    } catch (failure) {
      setAnnouncement(claimErrorMessage(failure));
    }
    reload();
  }, [items, selectedId, reload]);

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
      <h1>File des signalements</h1>
      {decided && <DecidedBanner decided={decided} />}

      {counts && (
        <ul className="band-counts" aria-label="Signalements ouverts par priorité">
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
            {scope.kind === 'SHIFT' ? 'Votre créneau' : 'Toute la file (élargie)'} :{' '}
            {scopeLabel(scope.platforms, scope.departments)}
          </span>{' '}
          {scope.kind === 'SHIFT' && scope.mayWiden && (
            <button type="button" className="plain-button" onClick={() => changeFilter({ ...filter, scope: 'all' })}>
              Voir toute la file
            </button>
          )}
          {scope.kind === 'ALL' && (
            <button type="button" className="plain-button" onClick={() => changeFilter({ ...filter, scope: undefined })}>
              Revenir à mon créneau
            </button>
          )}
        </p>
      )}

      <QueueFilters filter={filter} onChange={changeFilter} />

      <p className="refresh-note">
        {live
          ? 'Mise à jour en direct'
          : 'Actualisée automatiquement toutes les 10 secondes'}
        {updatedAt && <> — dernière mise à jour à {TIME.format(updatedAt)}</>}.
      </p>
      <p className="shortcuts" id="raccourcis">
        Clavier : <kbd>j</kbd> / <kbd>k</kbd> pour passer d’un signalement à l’autre,{' '}
        <kbd>Entrée</kbd> pour l’ouvrir, <kbd>c</kbd> pour le prendre en charge.
      </p>
      <p className="triage-message" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ErrorMessage message={error} />
      {items === null ? (
        <p className="loading">Chargement de la file…</p>
      ) : items.length === 0 ? (
        <p className="empty">
          {hasFilter(filter) ? 'Aucun signalement pour ces filtres' : 'Aucun signalement en attente'}
        </p>
      ) : (
        <QueueTable items={items} me={me} selectedId={selectedId} />
      )}
    </main>
  );
}
