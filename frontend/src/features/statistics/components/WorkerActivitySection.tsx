import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatInstant } from '../../../lib/parisTime';
import type { WorkerCounts } from '../../../lib/api/types';
import { useWorkerActivity } from '../hooks/useWorkerActivity';
import { formatDuration, labelOf } from '../statisticsFormat';

const DECISIONS = ['CONTACT', 'REFERRAL', 'NO_ACTION', 'DUPLICATE', 'ESCALATE'];

function decisionsByType(counts: WorkerCounts): string {
  const parts = DECISIONS.filter((type) => (counts.byDecision[type] ?? 0) > 0).map(
    (type) => `${labelOf(type)} : ${counts.byDecision[type]}`,
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

const COUNT_HEADERS = [
  'Prises en charge',
  'Signalements pris',
  'Décisions',
  'Signalements traités',
  'Décisions par type',
  'Temps passé',
  'Médiane par décision',
];

/**
 * « Activité par intervenant·e », for coordinators: each worker over the period and, when shifts
 * were planned, over each of her shifts. Names people: shown here only, never in an export.
 */
export function WorkerActivitySection({ from, to }: { from: string; to: string }) {
  const { activity, refused, error } = useWorkerActivity(from, to);
  if (refused) return null;
  return (
    <section aria-labelledby="stat-workers" className="stat-workers">
      <h2 id="stat-workers">Activité par intervenant·e</h2>
      <p className="intro">
        Réservé à la coordination, jamais dans les exports. Le temps passé va de la prise en charge d’un signalement à la
        décision de l’intervenant·e (une décision sans prise en charge préalable n’est pas mesurée).
      </p>
      <ErrorMessage message={error} />
      {activity && activity.workers.length === 0 && <p>Aucune prise en charge ni décision sur la période.</p>}
      {activity && activity.workers.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Activité par intervenant·e sur la période" tabIndex={0}>
          <table className="data-table">
            <caption>Activité par intervenant·e sur la période</caption>
            <thead>
              <tr>
                <th scope="col">Intervenant·e</th>
                {COUNT_HEADERS.map((header) => (
                  <th key={header} scope="col" className={header === 'Décisions par type' ? undefined : 'number'}>
                    {header}
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
        <div className="table-scroll" role="region" aria-label="Activité par créneau" tabIndex={0}>
          <table className="data-table">
            <caption>Par créneau</caption>
            <thead>
              <tr>
                <th scope="col">Créneau</th>
                <th scope="col">Intervenant·e</th>
                {COUNT_HEADERS.map((header) => (
                  <th key={header} scope="col" className={header === 'Décisions par type' ? undefined : 'number'}>
                    {header}
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
