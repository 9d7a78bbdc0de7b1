import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/ApiError';
import { ruleProblem, rulesErrorMessage } from './rulesErrorMessage';

describe('ruleProblem', () => {
  it('translates what the server says about invalid rules', () => {
    expect(ruleProblem('invalid rule set: Unrecognized property "wieght" (class x), not marked as ignorable')).toBe(
      'champ inconnu « wieght »',
    );
    expect(
      ruleProblem('invalid rule set: Cannot construct instance of `RuleSet`, problem: duplicate rule code URGENCY'),
    ).toBe('le code de règle URGENCY apparaît deux fois');
    expect(ruleProblem('invalid rule set: problem: version is required')).toBe(
      'le numéro de version est obligatoire',
    );
    expect(ruleProblem('band P1 refers to unknown rule NOPE')).toBe(
      'une ligne de la bande P1 cite une règle inconnue : NOPE',
    );
  });

  it('keeps the French part of a message it does not know', () => {
    expect(ruleProblem('quelque chose / something')).toBe('quelque chose');
  });
});

describe('rulesErrorMessage', () => {
  it('explains a 422 with the reasons and a 409 with what to do', () => {
    const invalid = new ApiError(422, {
      detail: 'Règles invalides / Invalid rules: duplicate rule code X',
      errors: [{ field: 'definition', message: 'duplicate rule code X' }],
    });
    expect(rulesErrorMessage(invalid)).toBe(
      'Règles refusées par le serveur : le code de règle X apparaît deux fois.',
    );
    const conflict = new ApiError(409, { detail: 'Ce numéro de version existe déjà / This version already exists' });
    expect(rulesErrorMessage(conflict)).toBe(
      'Ce numéro de version existe déjà : choisissez un nouveau numéro de version.',
    );
    expect(rulesErrorMessage(new TypeError('fetch failed'))).toContain('Le serveur ne répond pas');
  });
});
