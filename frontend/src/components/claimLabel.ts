import type { Claim } from '../lib/api/types';

/** « Pris en charge par vous », « Pris en charge par X », or null when nobody holds the report. */
export function claimLabel(claim: Claim | null | undefined, me: string | null): string | null {
  if (!claim) return null;
  return claim.worker === me ? 'Pris en charge par vous' : `Pris en charge par ${claim.worker}`;
}
