import type { SubmissionReceipt } from '../api/types';

/** Router state of a report page opened right after the form sent it: not analysed yet, maybe. */
export interface PendingReportState {
  submitted: { id: string; outcome: SubmissionReceipt['outcome'] };
}

export function pendingState(receipt: SubmissionReceipt): PendingReportState {
  return { submitted: { id: receipt.id, outcome: receipt.outcome } };
}

export function isPendingFor(state: unknown, id: string): boolean {
  const submitted = (state as Partial<PendingReportState> | null)?.submitted;
  return submitted?.id === id;
}

/** How often and how long the page asks again while the report is being analysed. */
export const PENDING_RETRY_MS = 2_000;
export const PENDING_GIVE_UP_MS = 90_000;
