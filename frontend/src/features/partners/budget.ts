const COUNT = new Intl.NumberFormat('fr-FR');

/** The partner API's budget when an administrator has set none (docs/partner-integration.md). */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
export const MAX_REQUESTS_PER_MINUTE = 100_000;

export function budgetLabel(requestsPerMinute: number | null): string {
  return requestsPerMinute === null
    ? `${COUNT.format(DEFAULT_REQUESTS_PER_MINUTE)}/min par défaut`
    : `${COUNT.format(requestsPerMinute)}/min`;
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
    return { error: `Nombre entier de 1 à ${COUNT.format(MAX_REQUESTS_PER_MINUTE)}, ou vide pour le budget par défaut` };
  }
  return { value };
}
