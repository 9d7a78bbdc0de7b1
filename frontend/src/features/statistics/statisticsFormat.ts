import { locale, t } from '../../lib/i18n';

/** The words and periods of the statistics page, from the catalogue (« statistics.label.P1 »). */

const CODES = new Set([
  'P1',
  'P2',
  'P3',
  'P4',
  'NEW',
  'IN_REVIEW',
  'ESCALATED',
  'ACTIONED',
  'CLOSED',
  'MERGED',
  'CONTACT',
  'REFERRAL',
  'NO_ACTION',
  'DUPLICATE',
  'ESCALATE',
  'CRIP',
  'PROSECUTOR',
  'SNATED_119',
  'PHAROS',
  'POLICE',
  'PARTNER_ASSOCIATION',
  'CLASSIFIED_AD',
  'SOCIAL_NETWORK',
  'MESSAGING',
  'DATING',
  'FORUM',
  'OTHER',
]);

export function labelOf(code: string): string {
  return CODES.has(code) ? t(`statistics.label.${code}`) : code;
}

export function departmentLabel(code: string): string {
  return code === '' ? t('statistics.noDepartment') : code;
}

/** Seconds of an ISO-8601 duration as Java writes it (PT1H30M, PT45.5S, PT26H); null if none. */
export function durationSeconds(iso: string | null): number | null {
  if (iso === null) return null;
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso);
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/** « 45 s », « 12 min », « 2 h 05 », « 3 j 4 h », or « — ». */
export function formatDuration(iso: string | null): string {
  const seconds = durationSeconds(iso);
  if (seconds === null) return '—';
  if (seconds < 60) return t('statistics.duration.seconds', { s: Math.round(seconds) });
  if (seconds < 3600) return t('statistics.duration.minutes', { m: Math.floor(seconds / 60) });
  if (seconds < 86400) {
    const minutes = Math.floor((seconds % 3600) / 60);
    return t('statistics.duration.hours', { h: Math.floor(seconds / 3600), mm: String(minutes).padStart(2, '0') });
  }
  return t('statistics.duration.days', { d: Math.floor(seconds / 86400), h: Math.floor((seconds % 86400) / 3600) });
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : t('statistics.share', { percent: Math.round(share * 100) });
}

/** « 01/03/2021 » from « 2021-03-01 », in the chosen language's order (the same in French and British English). */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeZone: 'UTC' }).format(date);
}

export interface Period {
  from: string;
  to: string;
}

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The calendar month before the one of `today` (the period a funder asks for). */
export function lastMonth(today: Date): Period {
  const first = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  const last = new Date(today.getFullYear(), today.getMonth(), 0);
  return { from: isoDate(first), to: isoDate(last) };
}

export function thisMonth(today: Date): Period {
  return { from: isoDate(new Date(today.getFullYear(), today.getMonth(), 1)), to: isoDate(today) };
}

export function lastDays(today: Date, days: number): Period {
  return { from: isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days + 1)), to: isoDate(today) };
}

export function thisYear(today: Date): Period {
  return { from: isoDate(new Date(today.getFullYear(), 0, 1)), to: isoDate(today) };
}
