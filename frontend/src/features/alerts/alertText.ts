import type { DutyAlert } from '../../lib/api/types';
import { platformLabel } from '../../components/labels';
import { t } from '../../lib/i18n';

/** « PT1H5M30S » → « 1 h 05 min », « PT45S » → « moins d’une minute ». */
export function waited(duration: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:[\d.]+S)?$/.exec(duration);
  if (!match) return duration;
  const h = Number(match[1] ?? 0);
  const m = Number(match[2] ?? 0);
  if (h === 0 && m === 0) return t('duration.underAMinute');
  return h === 0 ? t('duration.minutes', { m }) : t('duration.hours', { h, mm: String(m).padStart(2, '0') });
}

/** What happened, in the coordinator's words: never the report's content (the server sends none). */
export function alertHeadline(alert: DutyAlert): string {
  switch (alert.kind) {
    case 'UNCLAIMED':
      return t('alerts.unclaimed', { band: alert.priority });
    case 'CLAIMED_UNDECIDED':
      return t('alerts.claimedUndecided', { band: alert.priority, worker: alert.worker ?? '?' });
    case 'ESCALATION':
      return t('alerts.escalation', { band: alert.priority, worker: alert.worker ?? '?' });
    case 'EXPOSURE':
      return t('alerts.exposure', { worker: alert.worker ?? '?' });
    default:
      return t('alerts.other');
  }
}

/** « Annonces · dép. 69 · depuis 16 min ». */
export function alertDetails(alert: DutyAlert): string {
  return [
    alert.platform ? platformLabel(alert.platform) : null,
    alert.reportId ? t('alerts.department', { department: alert.department ?? t('alerts.unknownDepartment') }) : null,
    t('alerts.since', { duration: waited(alert.waiting) }),
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The tab's title: « (2) Vigie » while alerts wait for someone to acknowledge them. */
export function tabTitle(waiting: number): string {
  return waiting > 0 ? `(${waiting}) Vigie` : 'Vigie';
}
