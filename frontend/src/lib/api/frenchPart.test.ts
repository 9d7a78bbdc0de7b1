import { describe, expect, it } from 'vitest';
import { frenchPart } from './frenchPart';

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
