import { useEffect, useRef } from 'react';
import type { Claim } from '../../../lib/api/types';
import { claimReport } from '../../../lib/api/claims';

/** The lease lasts 20 minutes: it is renewed every 5 while the page is open. */
export const CLAIM_RENEWAL_MS = 5 * 60_000;

/** Renews my claim on this report while `held`; tells the page what the server answered. */
export function useClaimRenewal(
  reportId: string,
  held: boolean,
  onRenewed: (claim: Claim) => void,
  onLost: (error: unknown) => void,
) {
  const callbacks = useRef({ onRenewed, onLost });
  useEffect(() => {
    callbacks.current = { onRenewed, onLost };
  }, [onRenewed, onLost]);

  useEffect(() => {
    if (!held) return;
    const timer = setInterval(() => {
      claimReport(reportId).then(
        (claim) => callbacks.current.onRenewed(claim),
        (error: unknown) => callbacks.current.onLost(error),
      );
    }, CLAIM_RENEWAL_MS);
    return () => clearInterval(timer);
  }, [reportId, held]);
}
