/**
 * The week calendar's arithmetic, in Paris time whatever the browser's zone: days of a week, and
 * where a stretch of time falls in each day (as percentages of the day's height).
 */

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parisParts(instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of PARTS.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** The Paris calendar day of an instant, YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  const p = parisParts(instant);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant of a Paris local date and time (HH:MM), summer time or not. */
export function parisInstant(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, hour ?? 0, minute ?? 0);
  // Paris is UTC+1 or +2: correct a first guess by the offset Paris shows at that instant
  let guess = wanted - 60 * 60 * 1000;
  for (let i = 0; i < 2; i++) {
    const p = parisParts(new Date(guess));
    const shown = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
    guess += wanted - shown;
  }
  return new Date(guess);
}

/** A day plus some days, YYYY-MM-DD (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (date ?? 1) + days));
  return next.toISOString().slice(0, 10);
}

/** The Monday of the Paris week holding this instant. */
export function mondayOf(instant: Date): string {
  const day = parisDay(instant);
  const [year, month, date] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)).getUTCDay();
  return addDays(day, weekday === 0 ? -6 : 1 - weekday);
}

/** The seven days of the week that starts on this Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Where a stretch falls in one day: top and height in percent of the day, or null if not that day. */
export interface Segment {
  top: number;
  height: number;
}

export function segmentOn(day: string, start: string, end: string): Segment | null {
  const dayStart = parisInstant(day, '00:00').getTime();
  const dayEnd = parisInstant(addDays(day, 1), '00:00').getTime();
  const from = Math.max(new Date(start).getTime(), dayStart);
  const to = Math.min(new Date(end).getTime(), dayEnd);
  if (!(to > from)) return null;
  const length = dayEnd - dayStart;
  return { top: ((from - dayStart) / length) * 100, height: ((to - from) / length) * 100 };
}

/**
 * A night shift ends the next morning: an end time at or before the start time is on the next day.
 * Returns ISO instants.
 */
export function shiftWindow(day: string, startTime: string, endTime: string): { start: string; end: string } {
  const start = parisInstant(day, startTime);
  const endDay = endTime <= startTime ? addDays(day, 1) : day;
  return { start: start.toISOString(), end: parisInstant(endDay, endTime).toISOString() };
}
