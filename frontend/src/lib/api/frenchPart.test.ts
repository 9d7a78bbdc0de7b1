import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { frenchPart, localPart } from './frenchPart';

describe('frenchPart', () => {
  it('keeps the French half of a bilingual message', () => {
    expect(frenchPart('obligatoire / required')).toBe('obligatoire');
    expect(frenchPart('doit comporter 5 chiffres / must be 5 digits')).toBe(
      'doit comporter 5 chiffres',
    );
  });

  it('leaves a message without separator as it is', () => {
    expect(frenchPart('invalide')).toBe('invalide');
  });
});

describe('localPart', () => {
  afterEach(() => setLanguage('fr'));

  it('keeps the half of the interface’s language', () => {
    expect(localPart('obligatoire / required')).toBe('obligatoire');
    setLanguage('en');
    expect(localPart('obligatoire / required')).toBe('required');
    expect(localPart('invalide')).toBe('invalide');
  });
});
