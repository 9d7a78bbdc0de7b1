import { ApiError } from '../../lib/api/ApiError';
import { localPart } from '../../lib/api/frenchPart';
import { t } from '../../lib/i18n';

/** The message for a failed administration call. */
export function adminErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('partners.errors.unreachable');
  }
  switch (error.status) {
    case 403:
      return t('partners.errors.forbidden');
    case 404:
      return t('partners.errors.notFound');
    case 409:
      return t('partners.errors.duplicate');
    case 422:
      return t('partners.errors.invalid');
    default:
      return error.problem.detail
        ? localPart(error.problem.detail)
        : t('partners.errors.failed', { status: error.status });
  }
}

/** The message of each field at fault in a 422 (in the interface's language), by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (error instanceof ApiError && error.status === 422) {
    for (const { field, message } of error.problem.errors ?? []) {
      const text = localPart(message);
      result[field] = result[field] ? `${result[field]} ; ${text}` : text;
    }
  }
  return result;
}
