import type { ShiftKind } from '../../lib/api/types';
export { scopeLabel } from '../../components/labels';

export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = {
  WORKER: 'Maraude (intervenant·e)',
  COORDINATOR_ON_DUTY: 'Astreinte de coordination',
};

/** « 21:00 – 05:00 » in Paris time. */
const HOUR = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
export function hours(start: string, end: string): string {
  return `${HOUR.format(new Date(start))} – ${HOUR.format(new Date(end))}`;
}
