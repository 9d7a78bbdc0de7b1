import { localPart } from '../../lib/api/frenchPart';
import { locale, t } from '../../lib/i18n';
import type { ManualReport, Platform, ReporterConcern } from '../../lib/api/types';
import type { Problem } from '../../lib/api/ApiError';

/** The partner contract's limits (docs/partner-integration.md), checked here before sending. */
export const LIMITS = {
  platformName: 200,
  url: 2048,
  text: 20_000,
  city: 120,
  contacts: 20,
  contact: 200,
  note: 4_000,
} as const;

const POSTAL_CODE = /^\d{5}$/;
const DEPARTMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AaBb]|97[1-6])$/;
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
/** The server tolerates a clock 5 minutes ahead of its own. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** What the form holds: strings as typed, the date as a datetime-local value. */
export interface FormValues {
  platform: Platform | '';
  platformName: string;
  url: string;
  text: string;
  /** « 2026-01-15T10:30 », local time of the browser. */
  observedAt: string;
  city: string;
  postalCode: string;
  department: string;
  contacts: string[];
  reporterConcern: ReporterConcern | '';
  note: string;
}

export type FieldName = keyof FormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

/** Fields in the order they appear on the page (for the error summary and focus). */
export const FIELD_ORDER: FieldName[] = [
  'platform',
  'platformName',
  'url',
  'text',
  'observedAt',
  'city',
  'postalCode',
  'department',
  'contacts',
  'reporterConcern',
  'note',
];

export function emptyValues(now: Date): FormValues {
  return {
    platform: '',
    platformName: '',
    url: '',
    text: '',
    observedAt: toDateTimeLocal(now),
    city: '',
    postalCode: '',
    department: '',
    contacts: [],
    reporterConcern: '',
    note: '',
  };
}

/** Length as the server counts it: in code points, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date as a datetime-local input value, in the browser's time zone, to the minute. */
export function toDateTimeLocal(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * A datetime-local value as ISO 8601 with the browser's offset at that date, e.g.
 * « 2026-01-15T10:30:00+01:00 »; null when it is not a date.
 */
export function isoWithOffset(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(local)) return null;
  // A date-time without offset is read as local time.
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return (
    `${toDateTimeLocal(date)}:${pad(date.getSeconds())}` + `${sign}${hours}:${minutes}`
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const tooLong = (max: number) => t('intake.error.tooLong', { max: max.toLocaleString(locale()) });

/** The checks the server makes too, so most mistakes are caught before sending. */
export function validate(values: FormValues, now: Date): FieldErrors {
  const errors: FieldErrors = {};
  if (values.platform === '') errors.platform = t('intake.error.platform');
  if (characterCount(values.platformName.trim()) > LIMITS.platformName) {
    errors.platformName = tooLong(LIMITS.platformName);
  }
  const url = values.url.trim();
  if (url !== '') {
    if (characterCount(url) > LIMITS.url) errors.url = tooLong(LIMITS.url);
    else if (!isHttpUrl(url)) {
      errors.url = t('intake.error.url');
    }
  }
  if (values.text.trim() === '') errors.text = t('intake.error.text');
  else if (characterCount(values.text) > LIMITS.text) errors.text = tooLong(LIMITS.text);

  const observedAt = isoWithOffset(values.observedAt);
  if (values.observedAt === '') errors.observedAt = t('intake.error.observedAtMissing');
  else if (observedAt === null) errors.observedAt = t('intake.error.observedAtInvalid');
  else if (Date.parse(observedAt) > now.getTime() + CLOCK_SKEW_MS) {
    errors.observedAt = t('intake.error.observedAtFuture');
  } else if (Date.parse(observedAt) < EARLIEST) {
    errors.observedAt = t('intake.error.observedAtPast');
  }

  if (characterCount(values.city.trim()) > LIMITS.city) errors.city = tooLong(LIMITS.city);
  const postalCode = values.postalCode.trim();
  if (postalCode !== '' && !POSTAL_CODE.test(postalCode)) {
    errors.postalCode = t('intake.error.postalCode');
  }
  const department = values.department.trim();
  if (department !== '' && !DEPARTMENT.test(department)) {
    errors.department = t('intake.error.department');
  }
  if (values.contacts.length > LIMITS.contacts) {
    errors.contacts = t('intake.error.contacts', { max: LIMITS.contacts });
  } else if (values.contacts.some((contact) => characterCount(contact) > LIMITS.contact)) {
    errors.contacts = t('intake.error.contactLength', { max: LIMITS.contact });
  }
  if (characterCount(values.note) > LIMITS.note) errors.note = tooLong(LIMITS.note);
  return errors;
}

/** The request body; empty optional fields are left out. */
export function toManualReport(values: FormValues, externalId: string): ManualReport {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const city = optional(values.city);
  const postalCode = optional(values.postalCode);
  const department = optional(values.department);
  return {
    externalId,
    platform: values.platform as Platform,
    platformName: optional(values.platformName),
    url: optional(values.url),
    // The text is kept exactly as seen.
    text: values.text,
    observedAt: isoWithOffset(values.observedAt) ?? values.observedAt,
    location: city || postalCode || department ? { city, postalCode, department } : undefined,
    contacts: values.contacts.length > 0 ? values.contacts : undefined,
    reporterConcern: values.reporterConcern === '' ? undefined : values.reporterConcern,
    note: optional(values.note),
  };
}

export interface ContactsUpdate {
  contacts: string[];
  /** What stays in the input: the part that could not be added. */
  draft: string;
  problem: string | null;
}

/** Adds the comma-separated contacts typed in raw; a contact already there is not repeated. */
export function addContacts(contacts: string[], raw: string): ContactsUpdate {
  const next = [...contacts];
  const pieces = raw.split(',').map((piece) => piece.trim()).filter((piece) => piece !== '');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (next.includes(piece)) continue;
    const rest = pieces.slice(i).join(', ');
    if (next.length >= LIMITS.contacts) {
      return { contacts: next, draft: rest, problem: t('intake.error.contacts', { max: LIMITS.contacts }) };
    }
    if (characterCount(piece) > LIMITS.contact) {
      return { contacts: next, draft: rest, problem: t('intake.error.contactLength', { max: LIMITS.contact }) };
    }
    next.push(piece);
  }
  return { contacts: next, draft: '', problem: null };
}

export interface ServerErrors {
  fields: FieldErrors;
  /** Problems that belong to no field of the form. */
  general: string[];
}

const SERVER_FIELDS: Record<string, FieldName> = {
  platform: 'platform',
  platformName: 'platformName',
  url: 'url',
  text: 'text',
  observedAt: 'observedAt',
  location: 'city',
  'location.city': 'city',
  'location.postalCode': 'postalCode',
  'location.department': 'department',
  contacts: 'contacts',
  reporterConcern: 'reporterConcern',
  note: 'note',
};

/** Puts each of a 422's errors next to its field, in the interface's language. */
export function serverErrors(problem: Problem): ServerErrors {
  const result: ServerErrors = { fields: {}, general: [] };
  for (const error of problem.errors ?? []) {
    const message = localPart(error.message);
    const contact = /^contacts\[(\d+)\]$/.exec(error.field);
    const field = contact ? 'contacts' : SERVER_FIELDS[error.field];
    if (field === undefined) {
      result.general.push(t('intake.error.general', { field: error.field, message }));
      continue;
    }
    const text = contact
      ? t('intake.error.contactNumber', { n: Number(contact[1]) + 1, message })
      : message.charAt(0).toUpperCase() + message.slice(1);
    const previous = result.fields[field];
    result.fields[field] = previous ? t('intake.error.joined', { previous, text }) : text;
  }
  return result;
}
