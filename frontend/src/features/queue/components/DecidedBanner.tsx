import { useEffect, useRef } from 'react';
import { DECISION_TYPE_LABELS } from '../../../components/labels';
import { referralPacket } from '../../../lib/api/referralPacket';
import type { DecidedReport } from '../../../lib/pageState/decidedReport';

/**
 * The confirmation shown above the queue after a decision; it takes the focus. After a referral
 * it offers the referral packet at once: sending it to the service is the next thing to do.
 */
export function DecidedBanner({ decided }: { decided: DecidedReport }) {
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => banner.current?.focus(), []);
  return (
    <div ref={banner} className="confirmation" role="status" tabIndex={-1}>
      <p>
        Décision enregistrée : {DECISION_TYPE_LABELS[decided.type]} (signalement n° {decided.id}).{' '}
        {decided.type === 'CONTACT' || decided.type === 'REFERRAL'
          ? 'Le signalement est traité et a quitté la file.'
          : decided.type === 'ESCALATE'
            ? 'Le signalement attend un·e coordinateur·rice.'
            : decided.count && decided.count > 1
              ? `Les ${decided.count} signalements de la même situation sont clos.`
              : 'Le signalement est clos.'}
      </p>
      {decided.type === 'REFERRAL' && (
        <p className="packet-offer">
          Fiche de transmission à joindre :{' '}
          <a href={referralPacket.pdfUrl(decided.id)} download>
            télécharger le PDF
          </a>{' '}
          ou{' '}
          <a href={referralPacket.textUrl(decided.id)} download>
            le texte
          </a>{' '}
          (pour le corps d’un courriel).
        </p>
      )}
    </div>
  );
}
