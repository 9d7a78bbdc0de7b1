import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useDutyNow } from '../hooks/useDutyNow';
import { hours, scopeLabel } from '../shiftLabels';

/**
 * In the header: my shift now, its scope and, for a worker shift, my exposure this shift — with a
 * warning when a budget is reached (time to hand over, or to take a break).
 */
export function MyShiftStatus() {
  const { value: now, reload } = useDutyNow();
  const { pathname } = useLocation();
  // opening a report counts in her exposure: asked again on every page change
  useEffect(() => {
    void reload();
  }, [pathname, reload]);
  if (!now) return null;
  if (!now.shift) {
    return (
      <span className="my-shift off-shift">
        <Link to="/planning">Hors créneau</Link>
      </span>
    );
  }
  const { shift, exposure } = now;
  const reached = exposure !== null && (exposure.remaining === 0 || exposure.p1Remaining === 0);
  return (
    <span className={reached ? 'my-shift exposure-reached' : 'my-shift'} aria-live="polite">
      <Link to="/planning">
        {shift.kind === 'COORDINATOR_ON_DUTY' ? 'D’astreinte' : 'En créneau'} {hours(shift.start, shift.end)}
      </Link>{' '}
      — {scopeLabel(shift.scope.platforms, shift.scope.departments)}
      {exposure && (
        <>
          {' '}
          — lus : <strong>{exposure.reportsRead}</strong>/{exposure.budget} (P1 : {exposure.p1Read}/{exposure.p1Budget})
          {reached && <strong className="exposure-warning"> Budget d’exposition atteint : faites une pause, prévenez la coordination.</strong>}
        </>
      )}
    </span>
  );
}
