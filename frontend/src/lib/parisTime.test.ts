import { describe, expect, it } from 'vitest';
import { formatDateTime, formatHour, formatInstant } from './parisTime';

describe('formatInstant', () => {
  it('shows Paris time in French format, winter and summer', () => {
    expect(formatInstant('2026-01-15T09:30:00Z')).toBe('15/01/2026 10:30');
    expect(formatInstant('2026-07-15T09:30:00Z')).toBe('15/07/2026 11:30');
  });

  it('leaves an unreadable value as it is', () => {
    expect(formatInstant('hier')).toBe('hier');
  });
});

describe('formatHour and formatDateTime', () => {
  it('give the hour, or the date and time to the second, in Paris', () => {
    expect(formatHour('2026-01-15T09:30:00Z')).toBe('10:30');
    expect(formatDateTime('2026-07-15T09:30:05Z')).toBe('15/07/2026 11:30:05');
  });
});
