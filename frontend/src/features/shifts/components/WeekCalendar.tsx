import type { CoverageGap, Shift } from '../../../lib/api/types';
import { segmentOn, weekDays } from '../weekGrid';
import { hours, scopeLabel, SHIFT_KIND_LABELS } from '../shiftLabels';
import { locale, t } from '../../../lib/i18n';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function dayLabel(day: string): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function shiftClass(shift: Shift): string {
  if (shift.username === null) return 'calendar-shift open-shift';
  return shift.kind === 'COORDINATOR_ON_DUTY' ? 'calendar-shift on-duty' : 'calendar-shift worker-shift';
}

function shiftTitle(shift: Shift): string {
  const who =
    shift.username ?? t('shifts.calendar.openWithSlots', { taken: shift.signedUp?.length ?? 0, slots: shift.slots ?? 0 });
  return `${who} — ${SHIFT_KIND_LABELS[shift.kind]}, ${hours(shift.start, shift.endedAt ?? shift.end)}, ${scopeLabel(shift.platforms, shift.departments)}`;
}

/**
 * A week as a CSS grid: one column per day, the day's 24 hours top to bottom; shifts as blocks,
 * hours with no worker on shift in colour behind them. Positions are set through the style
 * property (CSSOM), which the content security policy allows; no calendar library is needed.
 */
export function WeekCalendar({ monday, shifts, gaps }: { monday: string; shifts: Shift[]; gaps: CoverageGap[] }) {
  const days = weekDays(monday);
  return (
    // Scrolls sideways on a narrow screen: focusable, so that the keyboard can scroll it too.
    <div className="week-calendar" role="region" aria-label={t('shifts.calendar.region')} tabIndex={0}>
      <div className="calendar-corner" aria-hidden="true" />
      {days.map((day) => (
        <div key={day} className="calendar-day-name">
          {dayLabel(day)}
        </div>
      ))}
      <div className="calendar-hours" aria-hidden="true">
        {HOURS.map((hour) => (
          <span key={hour}>{String(hour).padStart(2, '0')}:00</span>
        ))}
      </div>
      {days.map((day) => (
        <div key={day} className="calendar-day" data-day={day}>
          {gaps.map((gap) => {
            const segment = segmentOn(day, gap.start, gap.end);
            return segment === null ? null : (
              <div
                key={`gap-${gap.start}`}
                className="calendar-gap"
                style={{ top: `${segment.top}%`, height: `${segment.height}%` }}
                title={t('shifts.calendar.gap', { hours: hours(gap.start, gap.end) })}
              />
            );
          })}
          {shifts.map((shift) => {
            const segment = segmentOn(day, shift.start, shift.endedAt ?? shift.end);
            return segment === null ? null : (
              <div
                key={shift.id}
                className={shiftClass(shift)}
                style={{ top: `${segment.top}%`, height: `${segment.height}%` }}
                title={shiftTitle(shift)}
              >
                <span className="calendar-shift-who">{shift.username ?? t('shifts.calendar.open')}</span>{' '}
                <span className="calendar-shift-when">{hours(shift.start, shift.endedAt ?? shift.end)}</span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export { shiftTitle };
