import { describe, expect, it } from 'vitest';
import { waitedFor } from './queueAge';

const NOW = Date.parse('2026-01-15T12:00:00Z');

describe('waitedFor', () => {
  it('says minutes, then hours and minutes, then days', () => {
    expect(waitedFor('2026-01-15T11:59:40Z', NOW)).toBe('à l’instant');
    expect(waitedFor('2026-01-15T11:52:00Z', NOW)).toBe('8 min');
    expect(waitedFor('2026-01-15T08:55:00Z', NOW)).toBe('3 h 05');
    expect(waitedFor('2026-01-13T10:00:00Z', NOW)).toBe('2 j');
  });

  it('never says a negative age when the clocks differ a little', () => {
    expect(waitedFor('2026-01-15T12:00:30Z', NOW)).toBe('à l’instant');
  });
});
