import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

/** Every message of a catalogue under its key path, « a.b.c ». */
function messages(catalogue: object, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : messages(value as object, `${prefix}${key}.`),
  );
}

function keys(catalogue: object): string[] {
  return messages(catalogue).map(([key]) => key);
}

function texts(catalogue: object): string[] {
  return messages(catalogue).map(([, text]) => text);
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
    // one walk of each catalogue: looking every text up again by index made this test quadratic
    // (24 s on a loaded machine, over Vitest's timeout)
    const enTexts = Object.fromEntries(messages(en));
    for (const [key, text] of messages(fr)) {
      expect(placeholders(enTexts[key] ?? ''), key).toEqual(placeholders(text));
    }
  });
});
