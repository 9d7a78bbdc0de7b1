import type { ShiftKind } from '../../lib/api/types';
import { locale, t } from '../../lib/i18n';
export { scopeLabel } from '../../components/labels';

/** The kinds of shift, read from the catalogue when shown. */
export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = {
  get WORKER() {
    return t('shifts.kind.WORKER');
  },
  get COORDINATOR_ON_DUTY() {
    return t('shifts.kind.COORDINATOR_ON_DUTY');
  },
};

/** « 21:00 – 05:00 » in Paris time. */
export function hours(start: string, end: string): string {
  const hour = new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
  return `${hour.format(new Date(start))} – ${hour.format(new Date(end))}`;
}
