import type { RuleDefinition } from '../../lib/api/types';
import { t } from '../../lib/i18n';

/** The JSON editor's text, read: the definition it holds, or why it cannot be read. */
export type ParsedDraft =
  | { ok: true; definition: RuleDefinition }
  | { ok: false; message: string };

/** How the editor shows a definition: indented JSON, two spaces. */
export function formatDefinition(definition: RuleDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** « ligne 3, colonne 5 » for a character offset of the text. */
function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return t('rules.draft.place', { line, column });
}

/** The explanation (in the interface's language) of a JSON.parse failure, with its line and column when known. */
function syntaxMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  const place = lineColumn
    ? t('rules.draft.place', { line: lineColumn[1], column: lineColumn[2] })
    : position
      ? where(text, Number(position[1]))
      : null;
  if (text.trim() === '') return t('rules.draft.empty');
  if (/end of (json )?(data|input)/i.test(raw)) {
    return t('rules.draft.incomplete');
  }
  return place
    ? t('rules.draft.invalidAt', { place })
    : t('rules.draft.invalid');
}

/** Reads the editor's text: JSON syntax and the outline of a rule set, before anything is sent. */
export function parseDraft(text: string): ParsedDraft {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: syntaxMessage(text, error) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: t('rules.draft.notObject') };
  }
  const candidate = value as Partial<RuleDefinition>;
  if (!Array.isArray(candidate.rules)) {
    return { ok: false, message: t('rules.draft.rules') };
  }
  if (!Array.isArray(candidate.bands)) {
    return { ok: false, message: t('rules.draft.bands') };
  }
  return { ok: true, definition: value as RuleDefinition };
}

/** A copy of the definition with a change applied, as editor text. */
function edit(definition: RuleDefinition, change: (copy: RuleDefinition) => void): string {
  const copy = structuredClone(definition);
  change(copy);
  return formatDefinition(copy);
}

export function withWeight(definition: RuleDefinition, index: number, weight: number): string {
  return edit(definition, (copy) => {
    const rule = copy.rules[index];
    if (rule) rule.weight = weight;
  });
}

export function withLabel(definition: RuleDefinition, index: number, label: string): string {
  return edit(definition, (copy) => {
    const rule = copy.rules[index];
    if (rule) rule.label = label;
  });
}

/** Sets the version, keeping it the first field of the object. */
export function withVersion(definition: RuleDefinition, version: string): string {
  const { version: _previous, ...rest } = definition;
  return formatDefinition({ version, ...rest } as RuleDefinition);
}

const STAMP = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** « 20260115-1030 »: now, Paris time. */
export function versionStamp(now: Date): string {
  const parts = Object.fromEntries(STAMP.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}`;
}

/**
 * A new version name: the current one, without an earlier stamp, followed by today's
 * (« default-2-20260115-1030 »), and a counter if that name is already taken.
 */
export function suggestVersion(current: string, now: Date, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  used.add(current);
  const base = `${current.replace(/-\d{8}-\d{4}(-\d+)?$/, '')}-${versionStamp(now)}`;
  let name = base;
  for (let counter = 2; used.has(name); counter++) name = `${base}-${counter}`;
  return name;
}

/** Why this version cannot be published, or null: empty, or already used. */
export function versionProblem(version: unknown, taken: Iterable<string>): string | null {
  if (typeof version !== 'string' || version.trim() === '') {
    return t('rules.draft.noVersion');
  }
  for (const used of taken) {
    if (used === version) {
      return t('rules.draft.versionTaken', { version });
    }
  }
  return null;
}

/** A phrase as it is stored: trimmed, inner spaces collapsed. */
export function cleanPhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ');
}

/** Why this phrase cannot be added to the rule, or null: empty, too long, or already there. */
export function phraseProblem(definition: RuleDefinition, index: number, phrase: string): string | null {
  const clean = cleanPhrase(phrase);
  if (clean === '') return t('rules.draft.phraseEmpty');
  if (clean.length > 100) return t('rules.draft.phraseTooLong');
  const existing = definition.rules[index]?.when.phrases ?? [];
  if (existing.some((other) => other.toLocaleLowerCase('fr') === clean.toLocaleLowerCase('fr'))) {
    return t('rules.draft.phraseTaken', { phrase: clean });
  }
  return null;
}

/** The rule's phrases with one more (cleaned), at the end. */
export function withPhraseAdded(definition: RuleDefinition, index: number, phrase: string): string {
  return edit(definition, (copy) => {
    const rule = copy.rules[index];
    if (rule) rule.when.phrases = [...(rule.when.phrases ?? []), cleanPhrase(phrase)];
  });
}

/** The rule's phrases without this one. */
export function withPhraseRemoved(definition: RuleDefinition, index: number, phrase: string): string {
  return edit(definition, (copy) => {
    const rule = copy.rules[index];
    if (rule) rule.when.phrases = (rule.when.phrases ?? []).filter((other) => other !== phrase);
  });
}

/** Whether removing a phrase would leave the rule with nothing to fire on (the server refuses it). */
export function isLastCondition(definition: RuleDefinition, index: number): boolean {
  const when = definition.rules[index]?.when;
  if (!when) return true;
  const others =
    when.age != null ||
    when.birthYearAge != null ||
    (when.reporterConcern != null && when.reporterConcern.length > 0) ||
    Object.keys(when.learned ?? {}).length > 0 ||
    ((when as { entities?: unknown[] | null }).entities?.length ?? 0) > 0;
  return !others && (when.phrases?.length ?? 0) <= 1;
}
