import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useDutyNow } from '../hooks/useDutyNow';
import { hours, scopeLabel } from '../shiftLabels';
import { Trans, useTranslation } from '../../../lib/i18n';

/**
 * In the header: my shift now, its scope and, for a worker shift, my exposure this shift — with a
 * warning when a budget is reached (time to hand over, or to take a break).
 */
export function MyShiftStatus() {
  const { t } = useTranslation();
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
        <Link to="/planning">{t('shifts.offShift')}</Link>
      </span>
    );
  }
  const { shift, exposure } = now;
  const reached = exposure !== null && (exposure.remaining === 0 || exposure.p1Remaining === 0);
  return (
    <span className={reached ? 'my-shift exposure-reached' : 'my-shift'} aria-live="polite">
      <Link to="/planning">
        {shift.kind === 'COORDINATOR_ON_DUTY' ? t('shifts.onDuty') : t('shifts.onShift')} {hours(shift.start, shift.end)}
      </Link>{' '}
      — {scopeLabel(shift.scope.platforms, shift.scope.departments)}
      {exposure && (
        <>
          {' '}
          —{' '}
          <Trans
            i18nKey="shifts.exposure"
            values={{
              read: exposure.reportsRead,
              budget: exposure.budget,
              p1Read: exposure.p1Read,
              p1Budget: exposure.p1Budget,
            }}
            components={{ strong: <strong /> }}
          />
          {reached && <strong className="exposure-warning">{t('shifts.exposureReached')}</strong>}
        </>
      )}
    </span>
  );
}
