import type { DutyAlert } from '../../lib/api/types';
import { platformLabel } from '../../components/labels';

/** « PT1H5M30S » → « 1 h 05 min », « PT45S » → « moins d’une minute ». */
export function waited(duration: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:[\d.]+S)?$/.exec(duration);
  if (!match) return duration;
  const h = Number(match[1] ?? 0);
  const m = Number(match[2] ?? 0);
  if (h === 0 && m === 0) return 'moins d’une minute';
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')} min`;
}

/** What happened, in the coordinator's words: never the report's content (the server sends none). */
export function alertHeadline(alert: DutyAlert): string {
  switch (alert.kind) {
    case 'UNCLAIMED':
      return `${alert.priority} sans prise en charge`;
    case 'CLAIMED_UNDECIDED':
      return `${alert.priority} pris en charge par ${alert.worker ?? '?'} sans décision`;
    case 'ESCALATION':
      return `${alert.priority} escaladé par ${alert.worker ?? '?'}`;
    case 'EXPOSURE':
      return `Budget d’exposition atteint par ${alert.worker ?? '?'}`;
    default:
      return 'Alerte';
  }
}

/** « Annonces · dép. 69 · depuis 16 min ». */
export function alertDetails(alert: DutyAlert): string {
  return [
    alert.platform ? platformLabel(alert.platform) : null,
    alert.reportId ? `dép. ${alert.department ?? 'non précisé'}` : null,
    `depuis ${waited(alert.waiting)}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The tab's title: « (2) Vigie » while alerts wait for someone to acknowledge them. */
export function tabTitle(waiting: number): string {
  return waiting > 0 ? `(${waiting}) Vigie` : 'Vigie';
}
