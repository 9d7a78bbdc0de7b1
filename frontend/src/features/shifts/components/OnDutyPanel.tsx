import type { DutyNow, OnShift } from '../../../lib/api/types';
import { PRIORITY_LABELS } from '../../../components/labels';
import { formatHour } from '../../../lib/parisTime';
import { hours, scopeLabel } from '../shiftLabels';
import { Trans, useTranslation } from '../../../lib/i18n';

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
  const { t } = useTranslation();
  return (
    <section className="on-duty" aria-labelledby="on-duty-title">
      <h2 id="on-duty-title">{t('shifts.now.title')}</h2>
      <div className="on-duty-columns">
        <div>
          <h3>{t('shifts.now.coordination')}</h3>
          <OnShiftList
            shifts={now.coordinatorsOnDuty}
            nobody={t('shifts.now.nobodyOnDuty')}
          />
        </div>
        <div>
          <h3>{t('shifts.now.outreach')}</h3>
          <OnShiftList shifts={now.workers} nobody={t('shifts.now.nobodyOnShift')} />
        </div>
        <div>
          <h3>{t('shifts.now.team')}</h3>
          <p>
            {t('shifts.now.open', {
              bands: (Object.keys(PRIORITY_LABELS) as (keyof typeof PRIORITY_LABELS)[])
                .map((band) => `${band} ${now.team.open[band] ?? 0}`)
                .join(' · '),
            })}
          </p>
          {Object.keys(now.team.claimedBy).length > 0 && (
            <p>
              {t('shifts.now.claimed', {
                who: Object.entries(now.team.claimedBy)
                  .map(([who, n]) => `${who} (${n})`)
                  .join(', '),
              })}
            </p>
          )}
          {Object.keys(now.team.followUpsDue).length > 0 && (
            <p>
              {t('shifts.now.followUps', {
                who: Object.entries(now.team.followUpsDue)
                  .map(([who, n]) => `${who} (${n})`)
                  .join(', '),
              })}
            </p>
          )}
        </div>
      </div>
      {now.handovers.length > 0 && (
        <>
          <h3>{t('shifts.now.handovers')}</h3>
          <ul className="handovers">
            {now.handovers.map((h) => (
              <li key={h.shiftId}>
                <Trans
                  i18nKey="shifts.now.handover"
                  count={h.released}
                  values={{ author: h.author, at: formatHour(h.at), note: h.note }}
                  components={{ strong: <strong /> }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
