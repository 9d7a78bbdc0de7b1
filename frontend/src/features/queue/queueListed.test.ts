import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { waitedFor } from './queueAge';
import { listedLabel } from './queueListed';

afterEach(() => setLanguage('fr'));

describe('listedLabel', () => {
  it('counts what is shown against the open reports, singular and plural', () => {
    expect(listedLabel(50, 64, true)).toBe('50 signalements affichés sur 64.');
    expect(listedLabel(1, 1, false)).toBe('1 signalement affiché sur 1 : toute la file.');
    expect(listedLabel(50, null, true)).toBe('50 signalements affichés, d’autres suivent.');
    expect(listedLabel(3, null, false)).toBe('3 signalements affichés : toute la liste.');
  });

  it('speaks English when English is chosen, the age of a report too', () => {
    setLanguage('en');
    expect(listedLabel(50, 64, false)).toBe('50 reports shown of 64: the whole queue.');
    expect(listedLabel(1, null, true)).toBe('1 report shown, more follow.');
    expect(waitedFor('2026-01-13T10:00:00Z', Date.parse('2026-01-15T12:00:00Z'))).toBe('2 d');
  });
});
