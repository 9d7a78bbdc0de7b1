import { ApiError } from './ApiError';
import { frenchPart, localPart } from './frenchPart';
import { t } from '../i18n';

/** Whether a call failed without an answer from the server (connection lost, server down). */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 502 || error.status === 503 || error.status === 504;
  return error instanceof TypeError || (error instanceof DOMException && error.name !== 'AbortError');
}

/**
 * Why a call failed, in the interface's language, as the end of a sentence (« … : » + this): a lost connection, an
 * expired session, a refusal with the server's reason (a 403 says why), or the server's detail.
 */
export function failureMessage(error: unknown): string {
  if (isUnreachable(error)) return t('failure.unreachable');
  if (!(error instanceof ApiError)) return t('failure.failed');
  const detail = error.problem.detail ? localPart(error.problem.detail) : null;
  if (error.status === 401) return t('failure.expired');
  if (error.status === 403) {
    // The server's generic refusal (its own words, compared, not shown) says less than ours.
    return detail && frenchPart(error.problem.detail ?? '') !== 'Accès refusé' // i18n-ignore
      ? `${lowerFirst(detail)}.`
      : t('failure.forbidden');
  }
  if (error.status >= 500) return t('failure.serverError', { status: error.status });
  return detail ? `${lowerFirst(detail)}.` : t('failure.status', { status: error.status });
}

function lowerFirst(text: string): string {
  const trimmed = text.replace(/[.\s]+$/, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
