import { ApiError } from '../../lib/api/ApiError';
import { t } from '../../lib/i18n';

/** The message (in the interface's language) shown when a report could not be sent; the form always stays filled. */
export function submitErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return t('intake.failure.unreachable');
  }
  switch (error.status) {
    case 400:
      return t('intake.failure.400');
    case 403:
      return t('intake.failure.403');
    case 413:
      return t('intake.failure.413');
    case 422:
      return t('intake.failure.422');
    case 429:
      return t('intake.failure.429');
    case 503:
      return t('intake.failure.503');
    default:
      return t('intake.failure.other', { status: error.status });
  }
}
