import { ApiError } from '../lib/api/ApiError';
import { t } from '../lib/i18n';
import { localPart } from '../lib/api/frenchPart';

/** Why a claim failed, in the interface's language: a 409 names who holds the report. */
export function claimErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return t('claim.unreachable');
  if (error.status === 409) {
    const holder = error.problem.claim?.worker;
    if (holder) return t('claim.byOther', { worker: holder });
    return error.problem.detail ? localPart(error.problem.detail) : t('claim.already');
  }
  if (error.status === 404) return t('claim.gone');
  if (error.status === 403) return t('claim.forbidden');
  return t('claim.failed', { status: error.status });
}
