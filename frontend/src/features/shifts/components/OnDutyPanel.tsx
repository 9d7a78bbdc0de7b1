import type { DutyNow, OnShift } from '../../../lib/api/types';
import { PRIORITY_LABELS } from '../../../components/labels';
import { formatHour } from '../../../lib/parisTime';
import { hours, scopeLabel } from '../shiftLabels';

/** People on shift, with their hours and scope; `nobody` when there is none. */
function OnShiftList({ shifts, nobody }: { shifts: OnShift[]; nobody: string }) {
  if (shifts.length === 0) return <p className="warning">{nobody}</p>;
  return (
    <ul>
      {shifts.map((s) => (
        <li key={s.shiftId}>
          {s.username} ({hours(s.start, s.end)}, {scopeLabel(s.scope.platforms, s.scope.departments)})
        </li>
      ))}
    </ul>
  );
}

/** « Qui est de service » now: workers on shift, coordinators on duty, what the last shifts handed over, what is open. */
export function OnDutyPanel({ now }: { now: DutyNow }) {
  return (
    <section className="on-duty" aria-labelledby="on-duty-title">
      <h2 id="on-duty-title">Qui est de service maintenant</h2>
      <div className="on-duty-columns">
        <div>
          <h3>Coordination d’astreinte</h3>
          <OnShiftList
            shifts={now.coordinatorsOnDuty}
            nobody="Personne n’est d’astreinte : les alertes vont à toute la coordination."
          />
        </div>
        <div>
          <h3>En maraude</h3>
          <OnShiftList shifts={now.workers} nobody="Personne n’est en créneau." />
        </div>
        <div>
          <h3>Ce qui attend l’équipe</h3>
          <p>
            Ouverts :{' '}
            {(Object.keys(PRIORITY_LABELS) as (keyof typeof PRIORITY_LABELS)[])
              .map((band) => `${band} ${now.team.open[band] ?? 0}`)
              .join(' · ')}
          </p>
          {Object.keys(now.team.claimedBy).length > 0 && (
            <p>
              Pris en charge :{' '}
              {Object.entries(now.team.claimedBy)
                .map(([who, n]) => `${who} (${n})`)
                .join(', ')}
            </p>
          )}
          {Object.keys(now.team.followUpsDue).length > 0 && (
            <p>
              Relances dues :{' '}
              {Object.entries(now.team.followUpsDue)
                .map(([who, n]) => `${who} (${n})`)
                .join(', ')}
            </p>
          )}
        </div>
      </div>
      {now.handovers.length > 0 && (
        <>
          <h3>Transmissions des dernières 24 h</h3>
          <ul className="handovers">
            {now.handovers.map((h) => (
              <li key={h.shiftId}>
                <strong>{h.author}</strong> à {formatHour(h.at)} ({h.released} signalement
                {h.released > 1 ? 's' : ''} remis dans la file) : {h.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
