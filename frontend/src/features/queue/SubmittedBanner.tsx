import type { SubmissionReceipt } from '../../api/types';

/** What the manual intake form hands the queue page (router state) after a 202. */
export type SubmittedReport = Pick<SubmissionReceipt, 'id' | 'outcome'>;

export function submittedState(receipt: SubmissionReceipt): { submitted: SubmittedReport } {
  return { submitted: { id: receipt.id, outcome: receipt.outcome } };
}

/** Reads the router state back; anything else (a reload, another page's state) gives null. */
export function submittedReport(state: unknown): SubmittedReport | null {
  if (typeof state !== 'object' || state === null || !('submitted' in state)) return null;
  const submitted: unknown = state.submitted;
  if (typeof submitted !== 'object' || submitted === null) return null;
  if (!('id' in submitted) || typeof submitted.id !== 'string') return null;
  const outcome = 'outcome' in submitted ? submitted.outcome : 'ACCEPTED';
  return {
    id: submitted.id,
    outcome: outcome === 'DUPLICATE' || outcome === 'UPDATED' ? outcome : 'ACCEPTED',
  };
}

const FIRST_SENTENCE: Record<SubmittedReport['outcome'], string> = {
  ACCEPTED: 'Signalement enregistré',
  DUPLICATE: 'Ce signalement était déjà enregistré',
  UPDATED: 'Signalement mis à jour',
};

/** The confirmation shown above the queue; the report's row is highlighted once it is in. */
export function SubmittedBanner({ receipt, inQueue }: { receipt: SubmittedReport; inQueue: boolean }) {
  return (
    <p className="confirmation" role="status">
      {FIRST_SENTENCE[receipt.outcome]} (n° {receipt.id}),{' '}
      {inQueue
        ? 'il est mis en évidence dans la file ci-dessous.'
        : 'il apparaîtra dans la file après analyse.'}
    </p>
  );
}
