import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

/** Every key path of a catalogue, « a.b.c ». */
function keys(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function texts(catalogue: object): string[] {
  return Object.values(catalogue).flatMap((value) => (typeof value === 'string' ? [value] : texts(value as object)));
}

describe('the message catalogues', () => {
  it('have the same keys in French and in English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('use typographic apostrophes only, in both languages', () => {
    expect(texts(fr).filter((text) => text.includes("'"))).toEqual([]);
    expect(texts(en).filter((text) => text.includes("'"))).toEqual([]);
  });

  it('name the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const frTexts = Object.fromEntries(keys(fr).map((key, i) => [key, texts(fr)[i]]));
    const enTexts = Object.fromEntries(keys(en).map((key, i) => [key, texts(en)[i]]));
    for (const key of keys(fr)) {
      expect(placeholders(enTexts[key] ?? ''), key).toEqual(placeholders(frTexts[key] ?? ''));
    }
  });
});
