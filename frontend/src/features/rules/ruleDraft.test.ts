import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../../lib/api/types';
import {
  parseDraft,
  suggestVersion,
  versionProblem,
  versionStamp,
  withLabel,
  withVersion,
  withWeight,
} from './ruleDraft';

const DEFINITION: RuleDefinition = {
  version: 'default-2',
  contexts: {},
  rules: [{ code: 'URGENCY', label: 'Disponibilité immédiate', weight: 20, when: { phrases: ['urgent'] } }],
  bands: [{ band: 'P4' }],
};

describe('parseDraft', () => {
  it('reads a rule set', () => {
    const draft = parseDraft(JSON.stringify(DEFINITION));
    expect(draft.ok && draft.definition.rules[0]?.code).toBe('URGENCY');
  });

  it('explains a syntax error in French, with where it is', () => {
    const draft = parseDraft('{\n  "version": "x",\n  "rules": [}\n');
    expect(draft.ok).toBe(false);
    expect(!draft.ok && draft.message).toMatch(/^JSON (invalide|incomplet)/);
  });

  it('says an empty editor is empty', () => {
    const draft = parseDraft('  ');
    expect(!draft.ok && draft.message).toBe('Le JSON est vide.');
  });

  it('needs an object with rules and bands lists', () => {
    expect(parseDraft('[]').ok).toBe(false);
    const noRules = parseDraft('{"version": "x", "bands": []}');
    expect(!noRules.ok && noRules.message).toContain('« rules »');
  });
});

describe('edits', () => {
  it('change one rule and keep the rest', () => {
    const weighted = JSON.parse(withWeight(DEFINITION, 0, 35)) as RuleDefinition;
    expect(weighted.rules[0]?.weight).toBe(35);
    expect(weighted.rules[0]?.label).toBe('Disponibilité immédiate');
    expect(DEFINITION.rules[0]?.weight).toBe(20);

    const labelled = JSON.parse(withLabel(DEFINITION, 0, 'Tout de suite')) as RuleDefinition;
    expect(labelled.rules[0]?.label).toBe('Tout de suite');
  });

  it('set the version as the first field', () => {
    const text = withVersion({ ...DEFINITION }, 'v3');
    expect(text.startsWith('{\n  "version": "v3",')).toBe(true);
  });
});

describe('versions', () => {
  const now = new Date('2026-01-15T09:30:00Z');

  it('stamps the date and time in Paris', () => {
    expect(versionStamp(now)).toBe('20260115-1030');
  });

  it('suggests the current version followed by the stamp, replacing an earlier stamp', () => {
    expect(suggestVersion('default-2', now)).toBe('default-2-20260115-1030');
    expect(suggestVersion('default-2-20251201-0800', now)).toBe('default-2-20260115-1030');
    expect(suggestVersion('default-2-20260115-1030', now)).toBe('default-2-20260115-1030-2');
  });

  it('refuses an empty or already published version', () => {
    expect(versionProblem('', ['default-2'])).toContain('Indiquez un numéro de version');
    expect(versionProblem('default-2', ['default-2'])).toContain('existe déjà');
    expect(versionProblem('default-3', ['default-2'])).toBeNull();
  });
});
