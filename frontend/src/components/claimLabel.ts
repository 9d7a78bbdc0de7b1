import type { Claim } from '../lib/api/types';
import { t } from '../lib/i18n';

/** « Pris en charge par vous », « Pris en charge par X », or null when nobody holds the report. */
export function claimLabel(claim: Claim | null | undefined, me: string | null): string | null {
  if (!claim) return null;
  return claim.worker === me ? t('claim.byMe') : t('claim.byOther', { worker: claim.worker });
}
