import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import {
  departmentLabel,
  durationSeconds,
  formatDay,
  formatDuration,
  formatShare,
  labelOf,
  lastMonth,
  thisYear,
} from './statisticsFormat';

describe('statistics format', () => {
  it('reads the ISO-8601 durations Java writes', () => {
    expect(durationSeconds('PT15M')).toBe(900);
    expect(durationSeconds('PT1H54M')).toBe(6840);
    expect(durationSeconds('PT27M30S')).toBe(1650);
    expect(durationSeconds('PT0.5S')).toBe(0.5);
    expect(durationSeconds('PT26H')).toBe(93600);
    expect(durationSeconds(null)).toBeNull();
  });

  it('says durations in French', () => {
    expect(formatDuration('PT45S')).toBe('45 s');
    expect(formatDuration('PT17M30S')).toBe('17 min');
    expect(formatDuration('PT2H5M')).toBe('2 h 05');
    expect(formatDuration('PT76H')).toBe('3 j 4 h');
    expect(formatDuration(null)).toBe('—');
    expect(formatShare(0.834)).toBe('83 %');
    expect(formatShare(null)).toBe('—');
  });

  it('gives last month, January included', () => {
    expect(lastMonth(new Date(2026, 11, 2))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(lastMonth(new Date(2026, 0, 15))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonth(new Date(2024, 2, 31))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(thisYear(new Date(2026, 11, 2))).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(formatDay('2021-03-01')).toBe('01/03/2021');
  });
});

describe('the statistics in English', () => {
  afterEach(() => setLanguage('fr'));

  it('names codes, durations and shares in the chosen language', () => {
    setLanguage('en');
    expect(labelOf('P1')).toBe('P1 — immediate');
    expect(labelOf('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(formatDuration('PT76H')).toBe('3 d 4 h');
    expect(formatShare(0.834)).toBe('83%');
    expect(departmentLabel('')).toBe('Not given');
  });
});
