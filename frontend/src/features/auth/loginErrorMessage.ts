import { t } from '../../lib/i18n';
import { ApiError } from '../../lib/api/ApiError';

/** The message shown under the login form for a failed attempt. */
export function loginErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('auth.wrongCredentials');
    if (error.status === 423) return t('auth.locked');
    if (error.status === 429) return t('auth.tooMany');
    return error.problem.detail ?? t('auth.failed');
  }
  return t('auth.unreachable');
}
