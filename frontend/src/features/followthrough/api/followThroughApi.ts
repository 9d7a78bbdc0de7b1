import { answered, client } from '../../../lib/api/client';
import type { PendingApproval, ReferralProgress } from '../../../lib/api/types';

/** What waits for someone: decisions for a second coordinator, referrals to send or to be acknowledged. */
export const followThroughApi = {
  /** Coordinators only. */
  approvals: async (): Promise<PendingApproval[]> =>
    ((await answered(client.GET('/api/v1/approvals'))).items ?? []) as PendingApproval[],

  /** Every referral not acknowledged yet, oldest first. */
  referrals: async (): Promise<ReferralProgress[]> =>
    ((await answered(client.GET('/api/v1/referrals', { params: { query: {} } }))).items ?? []) as ReferralProgress[],
};
