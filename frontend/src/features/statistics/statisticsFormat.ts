/** French words and periods of the statistics page. */

const LABELS: Record<string, string> = {
  P1: 'P1 — immédiate',
  P2: 'P2 — haute',
  P3: 'P3 — à vérifier',
  P4: 'P4 — basse',
  NEW: 'Nouveau',
  IN_REVIEW: 'En cours d’examen',
  ESCALATED: 'Transmis à la coordination',
  ACTIONED: 'Suivi engagé',
  CLOSED: 'Clos',
  MERGED: 'Doublon d’une annonce déjà vue',
  CONTACT: 'Prise de contact',
  REFERRAL: 'Orientation / signalement',
  NO_ACTION: 'Sans suite',
  DUPLICATE: 'Doublon',
  ESCALATE: 'Transmission à la coordination',
  CRIP: 'CRIP',
  PROSECUTOR: 'Procureur',
  SNATED_119: '119 — SNATED',
  PHAROS: 'PHAROS',
  POLICE: 'Police / gendarmerie',
  PARTNER_ASSOCIATION: 'Association partenaire',
  CLASSIFIED_AD: 'Site d’annonces',
  SOCIAL_NETWORK: 'Réseau social',
  MESSAGING: 'Messagerie',
  DATING: 'Site de rencontre',
  FORUM: 'Forum',
  OTHER: 'Autre',
};

export function labelOf(code: string): string {
  return LABELS[code] ?? code;
}

export function departmentLabel(code: string): string {
  return code === '' ? 'Non renseigné' : code;
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
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86400) {
    const minutes = Math.floor((seconds % 3600) / 60);
    return `${Math.floor(seconds / 3600)} h ${String(minutes).padStart(2, '0')}`;
  }
  return `${Math.floor(seconds / 86400)} j ${Math.floor((seconds % 86400) / 3600)} h`;
}

export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}

/** « 01/03/2021 » from « 2021-03-01 ». */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
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
