import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlightParts';

describe('highlightParts', () => {
  it('cuts the text at its marks', () => {
    expect(highlightParts('une m1neure dispo', [{ start: 4, end: 11 }])).toEqual([
      { text: 'une ', marked: false },
      { text: 'm1neure', marked: true },
      { text: ' dispo', marked: false },
    ]);
  });

  it('keeps markup in the text as text, and clips marks out of range or overlapping', () => {
    expect(highlightParts('<b>x</b>', [{ start: 3, end: 4 }, { start: 3, end: 99 }])).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: true },
    ]);
  });
});
