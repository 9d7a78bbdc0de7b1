import { useEffect, useRef } from 'react';
import { DECISION_TYPE_LABELS } from '../../../components/labels';
import { referralPacket } from '../../../lib/api/referralPacket';
import type { DecidedReport } from '../../../lib/pageState/decidedReport';
import { Trans, useTranslation } from '../../../lib/i18n';

/**
 * The confirmation shown above the queue after a decision; it takes the focus. After a referral
 * it offers the referral packet at once: sending it to the service is the next thing to do.
 */
export function DecidedBanner({ decided }: { decided: DecidedReport }) {
  const { t } = useTranslation();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => banner.current?.focus(), []);
  const pdfLink = <a href={referralPacket.pdfUrl(decided.id)} download />;
  const textLink = <a href={referralPacket.textUrl(decided.id)} download />;
  return (
    <div ref={banner} className="confirmation" role="status" tabIndex={-1}>
      <p>
        {t('queue.decided.recorded', { type: DECISION_TYPE_LABELS[decided.type], id: decided.id })}{' '}
        {decided.type === 'CONTACT' || decided.type === 'REFERRAL'
          ? t('queue.decided.actioned')
          : decided.type === 'ESCALATE'
            ? t('queue.decided.escalated')
            : decided.count && decided.count > 1
              ? t('queue.decided.closedTogether', { count: decided.count })
              : t('queue.decided.closed')}
      </p>
      {decided.type === 'REFERRAL' && (
        <p className="packet-offer">
          <Trans
            i18nKey="queue.decided.packet"
            components={{ pdf: pdfLink, text: textLink }}
          />
        </p>
      )}
    </div>
  );
}
