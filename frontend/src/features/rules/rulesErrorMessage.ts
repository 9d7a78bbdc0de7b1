import { ApiError } from '../../lib/api/ApiError';
import { localPart } from '../../lib/api/frenchPart';
import { t } from '../../lib/i18n';

/** The server explains invalid rules in English (« duplicate rule code X »): say it in the catalogue's words. */
const TRANSLATIONS: [RegExp, (...groups: string[]) => string][] = [
  [/Unrecognized (?:field|property) "([^"]+)"/, (field) => t('rules.problem.unknownField', { field })],
  [/duplicate rule code (\S+)/, (code) => t('rules.problem.duplicate', { code })],
  [
    /(\S+) refers to unknown context (\S+)/,
    (code, context) => t('rules.problem.unknownContext', { code, context }),
  ],
  [
    /band (\S+) refers to unknown rule (\S+)/,
    (band, code) => t('rules.problem.unknownRule', { band, code }),
  ],
  [/the band table is empty/, () => t('rules.problem.noBands')],
  [/label of (\S+) is required/, (code) => t('rules.problem.noLabel', { code })],
  [/rule code is required/, () => t('rules.problem.noCode')],
  [/version is required/, () => t('rules.problem.noVersion')],
  [/condition of (\S+)/, (code) => t('rules.problem.noCondition', { code })],
  [
    /a condition needs phrases/,
    () => t('rules.problem.emptyCondition'),
  ],
  [/context windows cannot be negative/, () => t('rules.problem.negativeWindow')],
  [/context phrases/, () => t('rules.problem.contextPhrases')],
  [/No enum constant \S*\.(\w+)\.(\S+)/, (type, value) => t('rules.problem.unknownValue', { type, value })],
  [/^(rules|bands)$/, (field) => t('rules.problem.required', { field })],
];

/** The reason the server gave for refusing a rule set, in the interface's language when it is known. */
export function ruleProblem(message: string): string {
  const reason = message.replace(/^invalid rule set:\s*/, '').replace(/^.*problem:\s*/s, '');
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(reason);
    if (match) return translate(...match.slice(1));
  }
  return localPart(reason);
}

/** The message for a failed call of the rules page. */
export function rulesErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('rules.failure.unreachable');
  }
  switch (error.status) {
    case 403:
      return t('rules.failure.forbidden');
    case 409:
      return error.problem.detail
        ? t('rules.failure.conflictDetail', { detail: localPart(error.problem.detail) })
        : t('rules.failure.conflict');
    case 422: {
      const reasons = (error.problem.errors ?? []).map(({ message }) => ruleProblem(message));
      return reasons.length > 0
        ? t('rules.failure.refusedBecause', { reasons: reasons.join(t('rules.failure.separator')) })
        : error.problem.detail
          ? t('rules.failure.refusedBecause', { reasons: localPart(error.problem.detail) })
          : t('rules.failure.refused');
    }
    default:
      return error.problem.detail
        ? localPart(error.problem.detail)
        : t('rules.failure.other', { status: error.status });
  }
}
