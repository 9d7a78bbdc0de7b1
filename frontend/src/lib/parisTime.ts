const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Formats an ISO-8601 instant as Paris local time, e.g. « 15/01/2026 10:30 ». */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : PARIS.format(date);
}

const HOUR = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' });

/** The hour of an ISO-8601 instant in Paris, e.g. « 10:30 ». */
export function formatHour(iso: string): string {
  return HOUR.format(new Date(iso));
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/** An ISO-8601 instant in Paris to the second, e.g. « 15/01/2026 10:30:05 ». */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}
