import { useState } from 'react';
import type { ReferralProgress } from '../../../lib/api/types';
import { ApiError } from '../../../lib/api/ApiError';
import { localPart } from '../../../lib/api/frenchPart';
import { formatInstant } from '../../../lib/parisTime';
import {
  REFERRAL_CHANNEL_LABELS,
  REFERRAL_STATE_LABELS,
  SEND_METHOD_LABELS,
} from '../../../components/labels';
import { Field } from '../../../components/Field';
import { reportApi } from '../api/reportApi';
import { useTranslation } from '../../../lib/i18n';

interface ReferralFollowThroughProps {
  reportId: string;
  referrals: ReferralProgress[];
  onChanged: () => void;
}

/** Each referral of the report: prepared, then sent (how, to whom), then acknowledged (the service's reference). */
export function ReferralFollowThrough({ reportId, referrals, onChanged }: ReferralFollowThroughProps) {
  const { t } = useTranslation();
  if (referrals.length === 0) return null;
  return (
    <section aria-labelledby="suivi-orientation">
      <h2 id="suivi-orientation">{t('report.referral.title')}</h2>
      {referrals.map((referral) => (
        <Referral key={referral.decisionId} reportId={reportId} referral={referral} onChanged={onChanged} />
      ))}
    </section>
  );
}

function Referral({
  reportId,
  referral,
  onChanged,
}: {
  reportId: string;
  referral: ReferralProgress;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState('EMAIL');
  const [recipient, setRecipient] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  async function step(action: () => Promise<unknown>, done: string) {
    if (sending) return;
    setSending(true);
    setMessage('');
    try {
      await action();
      setErrors({});
      setMessage(done);
      onChanged();
    } catch (failure) {
      const fields = failure instanceof ApiError ? (failure.problem.errors ?? []) : [];
      setErrors(Object.fromEntries(fields.map((e) => [e.field, localPart(e.message)])));
      if (fields.length === 0) {
        setMessage(
          failure instanceof ApiError && failure.problem.detail
            ? localPart(failure.problem.detail)
            : t('report.referral.failed'),
        );
      }
    } finally {
      setSending(false);
    }
  }

  const channel = referral.channel ? (REFERRAL_CHANNEL_LABELS[referral.channel] ?? referral.channel) : '';
  return (
    <div className="referral" data-state={referral.state}>
      <p>
        <strong>{channel}</strong> — {REFERRAL_STATE_LABELS[referral.state] ?? referral.state}
      </p>
      {referral.sent && (
        <p className="secondary">
          {t('report.referral.sentOn')} <time dateTime={referral.sent.at}>{formatInstant(referral.sent.at)}</time>{' '}
          {t('report.referral.sentBy', { who: referral.sent.by })} ({SEND_METHOD_LABELS[referral.sent.method] ?? referral.sent.method}
          {referral.sent.recipient && t('report.referral.sentTo', { recipient: referral.sent.recipient })})
        </p>
      )}
      {referral.acknowledged && (
        <p className="secondary">
          {t('report.referral.acknowledgedOn')}{' '}
          <time dateTime={referral.acknowledged.at}>{formatInstant(referral.acknowledged.at)}</time>
          {t('report.referral.reference', { reference: referral.acknowledged.reference })}
        </p>
      )}
      {referral.state === 'PREPARED' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void step(
              () => reportApi.referralSent(reportId, referral.decisionId, { method, recipient: recipient.trim() || undefined }),
              t('report.referral.markedSent'),
            );
          }}
        >
          <Field id={`sent-method-${referral.decisionId}`} label={t('report.referral.method')} error={errors.method}>
            {(control) => (
              <select {...control} value={method} onChange={(event) => setMethod(event.target.value)}>
                {Object.entries(SEND_METHOD_LABELS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`sent-recipient-${referral.decisionId}`} label={t('report.referral.recipient')} error={errors.recipient}>
            {(control) => (
              <input {...control} maxLength={200} value={recipient} onChange={(event) => setRecipient(event.target.value)} />
            )}
          </Field>
          <button type="submit" disabled={sending}>
            {t('report.referral.markSent')}
          </button>
        </form>
      )}
      {referral.state === 'SENT' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void step(
              () => reportApi.referralAcknowledged(reportId, referral.decisionId, { reference: reference.trim() }),
              t('report.referral.acknowledgedSaved'),
            );
          }}
        >
          <Field
            id={`ack-reference-${referral.decisionId}`}
            label={t('report.referral.referenceLabel')}
            required
            error={errors.reference}
          >
            {(control) => (
              <input {...control} maxLength={200} value={reference} onChange={(event) => setReference(event.target.value)} />
            )}
          </Field>
          <button type="submit" disabled={sending}>
            {t('report.referral.saveAcknowledgement')}
          </button>
        </form>
      )}{' '}
      <span role="status">{message}</span>
    </div>
  );
}
