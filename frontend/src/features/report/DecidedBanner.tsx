import { useEffect, useRef } from 'react';
import { DECISION_TYPE_LABELS, type DecisionType } from './decisionLabels';

/** What the report page hands the queue page (router state) after a decision was recorded. */
export interface DecidedReport {
  id: string;
  type: DecisionType;
  /** When several reports of one situation were closed together. */
  count?: number;
}

export function decidedState(decided: DecidedReport): { decided: DecidedReport } {
  return { decided };
}

/** Reads the router state back; anything else gives null. */
export function decidedReport(state: unknown): DecidedReport | null {
  if (typeof state !== 'object' || state === null || !('decided' in state)) return null;
  const decided: unknown = state.decided;
  if (typeof decided !== 'object' || decided === null) return null;
  if (!('id' in decided) || typeof decided.id !== 'string') return null;
  if (!('type' in decided) || typeof decided.type !== 'string' || !(decided.type in DECISION_TYPE_LABELS)) {
    return null;
  }
  const count = 'count' in decided && typeof decided.count === 'number' ? decided.count : undefined;
  return { id: decided.id, type: decided.type as DecisionType, count };
}

/** The confirmation shown above the queue after a decision; it takes the focus. */
export function DecidedBanner({ decided }: { decided: DecidedReport }) {
  const banner = useRef<HTMLParagraphElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <p ref={banner} className="confirmation" role="status" tabIndex={-1}>
      Décision enregistrée : {DECISION_TYPE_LABELS[decided.type]} (signalement n° {decided.id}).{' '}
      {decided.type === 'CONTACT' || decided.type === 'REFERRAL'
        ? 'Le signalement est traité et a quitté la file.'
        : decided.type === 'ESCALATE'
          ? 'Le signalement attend un·e coordinateur·rice.'
          : decided.count && decided.count > 1
            ? `Les ${decided.count} signalements de la même situation sont clos.`
            : 'Le signalement est clos.'}
    </p>
  );
}
