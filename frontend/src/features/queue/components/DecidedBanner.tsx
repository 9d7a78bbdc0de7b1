import { useEffect, useRef } from 'react';
import { DECISION_TYPE_LABELS } from '../../../components/labels';
import type { DecidedReport } from '../../../lib/pageState/decidedReport';

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
