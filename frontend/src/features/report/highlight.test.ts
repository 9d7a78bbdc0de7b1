import { describe, expect, it } from 'vitest';
import type { Signal } from '../../lib/api/types';
import { segments } from './highlight';

const signal = (label: string, ...ranges: [number, number][]): Signal => ({
  code: label.toUpperCase(),
  label,
  evidence: '',
  ranges: ranges.map(([start, end]) => ({ start, end })),
});

describe('segments', () => {
  it('cuts the text around each range and keeps every character', () => {
    const text = 'Lycéenne de 16 ans dispo ce soir';
    const pieces = segments(text, [signal('âge', [12, 18]), signal('scolarité', [0, 8])]);

    expect(pieces.map((piece) => [piece.text, piece.signals])).toEqual([
      ['Lycéenne', [1]],
      [' de ', []],
      ['16 ans', [0]],
      [' dispo ce soir', []],
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('splits overlapping ranges into pieces covered by one or both signals', () => {
    const text = 'abcdefghij';
    const pieces = segments(text, [signal('a', [2, 6]), signal('b', [4, 8])]);

    expect(pieces.map((piece) => [piece.text, piece.signals])).toEqual([
      ['ab', []],
      ['cd', [0]],
      ['ef', [0, 1]],
      ['gh', [1]],
      ['ij', []],
    ]);
  });

  it('joins a range nested in a range of the same signal', () => {
    const pieces = segments('abcdef', [signal('a', [0, 6], [2, 3])]);
    expect(pieces).toEqual([{ text: 'abcdef', start: 0, signals: [0] }]);
  });

  it('ignores ranges that are out of the text, empty, reversed or not whole numbers', () => {
    const text = 'abcdef';
    const pieces = segments(text, [
      signal('dehors', [4, 99]),
      signal('négatif', [-1, 2]),
      signal('vide', [3, 3]),
      signal('inversé', [5, 2]),
      signal('décimal', [1.5, 3]),
      // An answer from before signals had ranges.
      { code: 'SANS', label: 'sans plages', evidence: 'x' } as Signal,
    ]);
    expect(pieces).toEqual([{ text, start: 0, signals: [] }]);
  });

  it('counts in UTF-16 code units, as the server does', () => {
    // The emoji is two code units: « 16 » starts at 3.
    const text = '🔥 16 ans';
    const pieces = segments(text, [signal('âge', [3, 9])]);
    expect(pieces.map((piece) => piece.text)).toEqual(['🔥 ', '16 ans']);
  });

  it('gives no piece for an empty text', () => {
    expect(segments('', [signal('a', [0, 1])])).toEqual([]);
  });
});
