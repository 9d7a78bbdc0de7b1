import { locale, t } from '../../lib/i18n';

/** The partner API's budget when an administrator has set none (docs/partner-integration.md). */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
export const MAX_REQUESTS_PER_MINUTE = 100_000;

/** A number as written in the chosen language (« 100 000 », « 100,000 »). */
function count(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

export function budgetLabel(requestsPerMinute: number | null): string {
  return requestsPerMinute === null
    ? t('partners.budget.default', { n: count(DEFAULT_REQUESTS_PER_MINUTE) })
    : t('partners.budget.value', { n: count(requestsPerMinute) });
}

/**
 * Reads a budget field: empty means the default (null); otherwise a whole number from 1 to
 * 100 000. Gives an error message instead when the input is not one.
 */
export function parseBudget(input: string): { value: number | null } | { error: string } {
  const trimmed = input.trim();
  if (trimmed === '') return { value: null };
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < 1 || value > MAX_REQUESTS_PER_MINUTE) {
    return { error: t('partners.budget.invalid', { max: count(MAX_REQUESTS_PER_MINUTE) }) };
  }
  return { value };
}
