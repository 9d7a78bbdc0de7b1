import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { localPart } from '../../../lib/api/frenchPart';
import type { LinkedReport } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { NO_ACTION_REASON_LABELS } from '../decisionLabels';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTranslation } from '../../../lib/i18n';

interface CloseTogetherProps {
  reportId: string;
  linkedReports: LinkedReport[];
  onClosed: (count: number) => void;
}

const OPEN = new Set(['NEW', 'IN_REVIEW']);

/**
 * Several ads of one phone number are one situation: close this report and the chosen linked
 * ones together, « sans suite », in one step. The server decides all of them or none.
 */
export function CloseTogether({ reportId, linkedReports, onClosed }: CloseTogetherProps) {
  const { t } = useTranslation();
  const open = linkedReports.filter((linked) => OPEN.has(linked.status));
  // Nothing ticked by default: closing with no action is a choice made report by report.
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const reasonId = useId();
  const commentId = useId();

  if (open.length === 0) return null;

  function toggle(id: string) {
    setConfirming(false);
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  }

  const count = chosen.length + 1;

  /** First step: check the form, then ask to confirm with the count. */
  function review(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setMessage(t('report.together.chooseOne'));
      return;
    }
    if (!reason || !comment.trim()) {
      setMessage(t('report.together.reasonAndComment'));
      return;
    }
    setMessage('');
    setConfirming(true);
  }

  async function submit() {
    setSending(true);
    try {
      const ids = [reportId, ...chosen];
      await reportApi.decideTogether(ids, { type: 'NO_ACTION', reason, comment: comment.trim() });
      onClosed(ids.length);
    } catch (failure) {
      setMessage(
        failure instanceof ApiError && failure.problem.detail
          ? t('report.together.failedBecause', { reason: localPart(failure.problem.detail) })
          : t('report.together.failed'),
      );
    } finally {
      setSending(false);
      setConfirming(false);
    }
  }

  return (
    <form className="close-together" onSubmit={review} aria-labelledby="clore-ensemble">
      <h3 id="clore-ensemble">{t('report.together.title')}</h3>
      <fieldset>
        <legend>{t('report.together.legend')}</legend>
        {open.map((linked) => (
          <label key={linked.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(linked.id)} onChange={() => toggle(linked.id)} />{' '}
            {t('report.together.linked', {
              id: linked.id.slice(0, 8),
              band: linked.priority,
              contacts: linked.sharedContacts.join(', '),
            })}
          </label>
        ))}
      </fieldset>
      <label htmlFor={reasonId}>{t('report.together.reason')}</label>
      <select id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)}>
        <option value="">{t('report.together.choose')}</option>
        {Object.entries(NO_ACTION_REASON_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={commentId}>{t('report.together.comment')}</label>
      <textarea id={commentId} value={comment} onChange={(event) => setComment(event.target.value)} rows={2} />
      <ErrorMessage message={message} />
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="clore-ensemble-confirmation">
          <p id="clore-ensemble-confirmation">
            <strong>
              {t('report.together.confirmQuestion', { count, linked: t('report.together.linkedCount', { count: chosen.length }) })}
            </strong>{' '}
            {t('report.together.noAction')}
          </p>
          <button type="button" className="danger-button" disabled={sending} onClick={() => void submit()}>
            {t('report.together.confirm', { count })}
          </button>
          <button type="button" className="plain-button" disabled={sending} onClick={() => setConfirming(false)}>
            {t('report.together.cancel')}
          </button>
        </div>
      ) : (
        <button type="submit">{chosen.length === 0 ? t('report.together.start') : t('report.together.closeThese', { count })}</button>
      )}
    </form>
  );
}
