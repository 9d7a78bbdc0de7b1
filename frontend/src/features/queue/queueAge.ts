import { t } from '../../lib/i18n';

/** How long a report has waited, short enough for a dense row: « 8 min », « 3 h 05 », « 2 j ». */
export function waitedFor(receivedAt: string, now: number = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(receivedAt)) / 60_000));
  if (minutes < 1) return t('queue.age.now');
  if (minutes < 60) return t('queue.age.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('queue.age.hours', { hours, mm: String(minutes % 60).padStart(2, '0') });
  return t('queue.age.days', { days: Math.floor(hours / 24) });
}
