import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, parisDay, parisInstant, segmentOn, shiftWindow, weekDays } from './weekGrid';

describe('weekGrid', () => {
  it('reads Paris time in winter and in summer', () => {
    expect(parisInstant('2026-12-01', '21:00').toISOString()).toBe('2026-12-01T20:00:00.000Z');
    expect(parisInstant('2026-07-01', '21:00').toISOString()).toBe('2026-07-01T19:00:00.000Z');
    expect(parisDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });

  it('finds the Monday and the days of a week', () => {
    expect(mondayOf(new Date('2026-12-06T12:00:00Z'))).toBe('2026-11-30');
    expect(mondayOf(new Date('2026-11-30T00:30:00Z'))).toBe('2026-11-30');
    expect(weekDays('2026-11-30')).toEqual([
      '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06',
    ]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('puts a night shift on both days it covers', () => {
    const night = shiftWindow('2026-12-01', '21:00', '05:00');
    expect(night).toEqual({ start: '2026-12-01T20:00:00.000Z', end: '2026-12-02T04:00:00.000Z' });
    const evening = segmentOn('2026-12-01', night.start, night.end);
    expect(evening?.top).toBeCloseTo((21 / 24) * 100);
    expect(evening?.height).toBeCloseTo((3 / 24) * 100);
    const morning = segmentOn('2026-12-02', night.start, night.end);
    expect(morning?.top).toBe(0);
    expect(morning?.height).toBeCloseTo((5 / 24) * 100);
    expect(segmentOn('2026-12-03', night.start, night.end)).toBeNull();
  });

  it('keeps a day shift on its day', () => {
    expect(shiftWindow('2026-12-01', '09:00', '17:00')).toEqual({
      start: '2026-12-01T08:00:00.000Z',
      end: '2026-12-01T16:00:00.000Z',
    });
  });
});
