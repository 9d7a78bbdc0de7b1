import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatInstant } from '../../../lib/parisTime';
import type { WorkerCounts } from '../../../lib/api/types';
import { useWorkerActivity } from '../hooks/useWorkerActivity';
import { formatDuration, labelOf } from '../statisticsFormat';
import { t as text, useTranslation } from '../../../lib/i18n';

const DECISIONS = ['CONTACT', 'REFERRAL', 'NO_ACTION', 'DUPLICATE', 'ESCALATE'];

function decisionsByType(counts: WorkerCounts): string {
  const parts = DECISIONS.filter((type) => (counts.byDecision[type] ?? 0) > 0).map(
    (type) => text('statistics.workers.decisionCount', { type: labelOf(type), count: counts.byDecision[type] }),
  );
  return parts.length === 0 ? '—' : parts.join(', ');
}

function CountCells({ counts }: { counts: WorkerCounts }) {
  return (
    <>
      <td className="number">{counts.claims}</td>
      <td className="number">{counts.reportsClaimed}</td>
      <td className="number">{counts.decisions}</td>
      <td className="number">{counts.reportsHandled}</td>
      <td>{decisionsByType(counts)}</td>
      <td className="number">{formatDuration(counts.timeSpent)}</td>
      <td className="number">{formatDuration(counts.medianTimeSpent)}</td>
    </>
  );
}

/** The count columns, keys of the catalogue (« statistics.workers.column.claims »). */
const COUNT_HEADERS = ['claims', 'reportsClaimed', 'decisions', 'reportsHandled', 'byType', 'timeSpent', 'medianTimeSpent'];

/**
 * « Activité par intervenant·e », for coordinators: each worker over the period and, when shifts
 * were planned, over each of her shifts. Names people: shown here only, never in an export.
 */
export function WorkerActivitySection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const { activity, refused, error } = useWorkerActivity(from, to);
  if (refused) return null;
  return (
    <section aria-labelledby="stat-workers" className="stat-workers">
      <h2 id="stat-workers">{t('statistics.workers.title')}</h2>
      <p className="intro">
        {t('statistics.workers.intro')}
      </p>
      <ErrorMessage message={error} />
      {activity && activity.workers.length === 0 && <p>{t('statistics.workers.empty')}</p>}
      {activity && activity.workers.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('statistics.workers.table')} tabIndex={0}>
          <table className="data-table">
            <caption>{t('statistics.workers.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.workers.worker')}</th>
                {COUNT_HEADERS.map((header) => (
                  <th key={header} scope="col" className={header === 'byType' ? undefined : 'number'}>
                    {t(`statistics.workers.column.${header}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activity.workers.map((line) => (
                <tr key={line.worker}>
                  <th scope="row">{line.worker}</th>
                  <CountCells counts={line.activity} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {activity && activity.shifts.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('statistics.workers.shiftsRegion')} tabIndex={0}>
          <table className="data-table">
            <caption>{t('statistics.workers.shifts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.workers.shift')}</th>
                <th scope="col">{t('statistics.workers.worker')}</th>
                {COUNT_HEADERS.map((header) => (
                  <th key={header} scope="col" className={header === 'byType' ? undefined : 'number'}>
                    {t(`statistics.workers.column.${header}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activity.shifts.map((shift) => (
                <tr key={shift.shiftId}>
                  <th scope="row">
                    {formatInstant(shift.start)} – {formatInstant(shift.end)}
                  </th>
                  <td>{shift.worker}</td>
                  <CountCells counts={shift.activity} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
