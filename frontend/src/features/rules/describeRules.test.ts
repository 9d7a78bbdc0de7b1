import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import { previewSummary } from './components/PreviewResult';
import { progressText } from './components/RescoringPanel';
import { describeBandLine, describeCondition, describeWindow, quoted } from './describeRules';

describe('describeCondition', () => {
  it('names the learned minor hint as a statistical hint, with its score threshold', () => {
    expect(describeCondition({ learned: { minor: 0.9 } })).toEqual([
      'Indice statistique « formulation proche de cas de mineurs » : score du modèle d’au moins 0.9',
    ]);
  });

  it('says what a rule matches, part by part', () => {
    expect(
      describeCondition({
        phrases: ['mineure', 'mineur'],
        matchOn: 'WORD',
        age: { min: 10, max: 17, kinds: ['STATED'] },
        birthYearAge: null,
        reporterConcern: ['HIGH', 'IMMEDIATE_DANGER'],
      }),
    ).toEqual([
      'Expressions (mot exact) : «\u00a0mineure\u00a0», «\u00a0mineur\u00a0»',
      'Âge mentionné : de 10 à 17 ans',
      'Inquiétude de l’émetteur : élevée ou danger immédiat',
    ]);
  });

  it('reads open bounds and age kinds', () => {
    expect(describeCondition({ age: { min: 20, max: 2147483647, kinds: ['STATED', 'RANGE'] } })).toEqual([
      'Âge mentionné : 20 ans ou plus (âge déclaré, bornes d’une fourchette)',
    ]);
    expect(describeCondition({ birthYearAge: { min: 18, max: 19 } })).toEqual([
      'Âge d’après l’année de naissance : de 18 à 19 ans',
    ]);
  });
});

describe('describeWindow', () => {
  it('gives the words before and after, or the whole text', () => {
    expect(describeWindow({ phrases: [], before: 3, after: 0 })).toBe('3 mots avant, même phrase');
    expect(describeWindow({ phrases: [], before: 0, after: 1 })).toBe('1 mot après, même phrase');
    expect(describeWindow({ phrases: [], before: 8, after: 8 })).toBe('8 mots avant, 8 mots après, même phrase');
    expect(describeWindow({ phrases: [], anywhere: true })).toBe('partout dans le texte');
    expect(describeWindow({ phrases: [], before: 2, after: 0, clause: true })).toBe(
      '2 mots avant, même proposition (jusqu’à une virgule)',
    );
  });
});

describe('describeBandLine', () => {
  it('combines all, any and none', () => {
    expect(describeBandLine({ band: 'P1', any: ['A', 'B'] })).toBe('si au moins un de A, B');
    expect(describeBandLine({ band: 'P2', all: ['NEWCOMER'], any: ['HOTEL'], none: ['ADULT_AGE'] })).toBe(
      'si le signal NEWCOMER, et le signal HOTEL, et aucun de ADULT_AGE',
    );
    expect(describeBandLine({ band: 'P4' })).toBe('dans tous les autres cas');
  });
});

describe('the rules in English', () => {
  afterEach(() => setLanguage('fr'));

  it('describes conditions, windows, previews and progress in English', () => {
    setLanguage('en');
    expect(describeWindow({ before: 3, after: 1, phrases: [] })).toBe('3 words before, 1 word after, same sentence');
    expect(describeBandLine({ band: 'P4' })).toBe('in every other case');
    expect(quoted('bb')).toBe('“bb”');
    expect(previewSummary({ changedBand: 1, openReports: 5 } as Parameters<typeof previewSummary>[0])).toBe(
      '1 open report of 5 would change band',
    );
    expect(progressText({ state: 'RUNNING', done: 2, total: 3, changed: 1 } as Parameters<typeof progressText>[0])).toBe(
      '2 / 3 rescored, 1 changed band',
    );
  });
});

