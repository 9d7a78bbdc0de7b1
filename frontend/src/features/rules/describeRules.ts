import type { AgeRange, BandLine, ReporterConcern, RuleCondition, RuleContext } from '../../lib/api/types';

import { t } from '../../lib/i18n';

/** The codes named in the catalogue (« rules.concern.HIGH », « rules.ageKind.RANGE »). */
const CONCERNS = new Set(['LOW', 'MEDIUM', 'HIGH', 'IMMEDIATE_DANGER']);
const AGE_KINDS = new Set(['STATED', 'RANGE', 'THRESHOLD']);

const INT_MAX = 2147483647;

function ageBounds(range: AgeRange): string {
  const min = range.min ?? 0;
  const max = range.max ?? INT_MAX;
  if (max >= INT_MAX) return t('rules.age.atLeast', { min });
  if (min <= 0) return t('rules.age.atMost', { max });
  if (min === max) return t('rules.age.exactly', { min });
  return t('rules.age.between', { min, max });
}

function ageKinds(range: AgeRange): string {
  const kinds = range.kinds && range.kinds.length > 0 ? range.kinds : ['STATED'];
  if (kinds.length === 1 && kinds[0] === 'STATED') return '';
  return ` (${kinds.map((kind) => (AGE_KINDS.has(kind) ? t(`rules.ageKind.${kind}`) : kind)).join(', ')})`;
}

/** « phrase », with the non-breaking spaces French typography puts inside guillemets; “phrase” in English. */
export function quoted(phrase: string): string {
  return t('rules.quoted', { phrase });
}

export function concernLabel(concern: ReporterConcern | string): string {
  return CONCERNS.has(concern) ? t(`rules.concern.${concern}`) : concern;
}

/** One readable line per part of a rule's condition (they are all required together). */
export function describeCondition(when: RuleCondition | null | undefined): string[] {
  if (!when) return [];
  const parts: string[] = [];
  if (when.phrases && when.phrases.length > 0) {
    const how = when.matchOn === 'WORD' ? t('rules.condition.word') : t('rules.condition.variants');
    parts.push(t('rules.condition.phrases', { how, phrases: when.phrases.map(quoted).join(', ') }));
  }
  if (when.age) parts.push(t('rules.condition.age', { age: `${ageBounds(when.age)}${ageKinds(when.age)}` }));
  if (when.birthYearAge) {
    parts.push(t('rules.condition.birthYear', { age: ageBounds(when.birthYearAge) }));
  }
  if (when.reporterConcern && when.reporterConcern.length > 0) {
    parts.push(t('rules.condition.concern', { concerns: when.reporterConcern.map(concernLabel).join(t('rules.or')) }));
  }
  for (const score of Object.values(when.learned ?? {})) {
    parts.push(t('rules.condition.learned', { score }));
  }
  return parts;
}

/** « 3 mots avant, 1 après, même phrase », « 2 mots avant, même proposition », or « partout dans le texte ». */
export function describeWindow(context: RuleContext): string {
  if (context.anywhere) return t('rules.window.anywhere');
  const before = context.before ?? 0;
  const after = context.after ?? 0;
  const words = (count: number) => t('rules.window.words', { count });
  const scope = context.clause ? t('rules.window.clause') : t('rules.window.sentence');
  if (after === 0) return t('rules.window.before', { before: words(before), scope });
  if (before === 0) return t('rules.window.after', { after: words(after), scope });
  return t('rules.window.both', { before: words(before), after: words(after), scope });
}

/** The condition of one line of the band table, in words. */
export function describeBandLine(line: BandLine): string {
  const conditions: string[] = [];
  if (line.all && line.all.length > 0) {
    conditions.push(
      line.all.length === 1 ? t('rules.band.signal', { code: line.all[0] }) : t('rules.band.all', { codes: line.all.join(', ') }),
    );
  }
  if (line.any && line.any.length > 0) {
    conditions.push(
      line.any.length === 1 ? t('rules.band.signal', { code: line.any[0] }) : t('rules.band.any', { codes: line.any.join(', ') }),
    );
  }
  if (line.none && line.none.length > 0) conditions.push(t('rules.band.none', { codes: line.none.join(', ') }));
  return conditions.length === 0 ? t('rules.band.otherwise') : t('rules.band.if', { conditions: conditions.join(t('rules.band.and')) });
}
