import type { AgeRange, BandLine, ReporterConcern, RuleCondition, RuleContext } from '../../lib/api/types';

const CONCERN_LABELS: Record<string, string> = {
  LOW: 'faible',
  MEDIUM: 'moyenne',
  HIGH: 'élevée',
  IMMEDIATE_DANGER: 'danger immédiat',
};

const AGE_KIND_LABELS: Record<string, string> = {
  STATED: 'âge déclaré',
  RANGE: 'bornes d’une fourchette',
  THRESHOLD: 'seuil (+18, -18)',
};

const INT_MAX = 2147483647;

function ageBounds(range: AgeRange): string {
  const min = range.min ?? 0;
  const max = range.max ?? INT_MAX;
  if (max >= INT_MAX) return `${min} ans ou plus`;
  if (min <= 0) return `${max} ans ou moins`;
  if (min === max) return `${min} ans`;
  return `de ${min} à ${max} ans`;
}

function ageKinds(range: AgeRange): string {
  const kinds = range.kinds && range.kinds.length > 0 ? range.kinds : ['STATED'];
  if (kinds.length === 1 && kinds[0] === 'STATED') return '';
  return ` (${kinds.map((kind) => AGE_KIND_LABELS[kind] ?? kind).join(', ')})`;
}

/** « phrase », with the non-breaking spaces French typography puts inside guillemets. */
export function quoted(phrase: string): string {
  return `«\u00a0${phrase}\u00a0»`;
}

export function concernLabel(concern: ReporterConcern | string): string {
  return CONCERN_LABELS[concern] ?? concern;
}

/** One readable line per part of a rule's condition (they are all required together). */
export function describeCondition(when: RuleCondition | null | undefined): string[] {
  if (!when) return [];
  const parts: string[] = [];
  if (when.phrases && when.phrases.length > 0) {
    const how = when.matchOn === 'WORD' ? 'mot exact' : 'avec variantes';
    parts.push(`Expressions (${how}) : ${when.phrases.map(quoted).join(', ')}`);
  }
  if (when.age) parts.push(`Âge mentionné : ${ageBounds(when.age)}${ageKinds(when.age)}`);
  if (when.birthYearAge) {
    parts.push(`Âge d’après l’année de naissance : ${ageBounds(when.birthYearAge)}`);
  }
  if (when.reporterConcern && when.reporterConcern.length > 0) {
    parts.push(`Inquiétude de l’émetteur : ${when.reporterConcern.map(concernLabel).join(' ou ')}`);
  }
  return parts;
}

/** « 3 mots avant, 1 après », or « partout dans le texte ». */
export function describeWindow(context: RuleContext): string {
  if (context.anywhere) return 'partout dans le texte';
  const before = context.before ?? 0;
  const after = context.after ?? 0;
  const words = (count: number) => `${count} mot${count > 1 ? 's' : ''}`;
  if (after === 0) return `${words(before)} avant, même phrase`;
  if (before === 0) return `${words(after)} après, même phrase`;
  return `${words(before)} avant, ${words(after)} après, même phrase`;
}

/** The condition of one line of the band table, in words. */
export function describeBandLine(line: BandLine): string {
  const conditions: string[] = [];
  if (line.all && line.all.length > 0) {
    conditions.push(
      line.all.length === 1 ? `le signal ${line.all[0]}` : `tous les signaux ${line.all.join(', ')}`,
    );
  }
  if (line.any && line.any.length > 0) {
    conditions.push(
      line.any.length === 1 ? `le signal ${line.any[0]}` : `au moins un de ${line.any.join(', ')}`,
    );
  }
  if (line.none && line.none.length > 0) conditions.push(`aucun de ${line.none.join(', ')}`);
  return conditions.length === 0 ? 'dans tous les autres cas' : `si ${conditions.join(', et ')}`;
}
