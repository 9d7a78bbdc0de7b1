import { useState } from 'react';
import type { HistoryEntry } from '../../../lib/api/types';
import { ApiError } from '../../../lib/api/ApiError';
import { localPart } from '../../../lib/api/frenchPart';
import { formatInstant } from '../../../lib/parisTime';
import { decisionTypeLabel } from '../../../components/labels';
import { Field } from '../../../components/Field';
import { reportApi } from '../api/reportApi';
import { useTranslation } from '../../../lib/i18n';

interface ApprovalPanelProps {
  reportId: string;
  history: HistoryEntry[];
  me: string | null;
  coordinator: boolean;
  onAnswered: () => void;
}

/**
 * Four eyes: a decision that waits for a second coordinator's approval. Another coordinator
 * approves or rejects it (a comment says why a rejection); its author only sees that it waits.
 */
export function ApprovalPanel({ reportId, history, me, coordinator, onAnswered }: ApprovalPanelProps) {
  const { t } = useTranslation();
  const pending = history.filter((entry) => entry.kind === 'DECISION' && entry.state === 'PENDING_APPROVAL');
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="approbation">
      <h2 id="approbation">{t('report.approval.title')}</h2>
      {pending.map((decision) => (
        <PendingDecision
          key={decision.id}
          reportId={reportId}
          decision={decision}
          canAnswer={coordinator && decision.author !== me}
          own={decision.author === me}
          onAnswered={onAnswered}
        />
      ))}
    </section>
  );
}

function PendingDecision({
  reportId,
  decision,
  canAnswer,
  own,
  onAnswered,
}: {
  reportId: string;
  decision: HistoryEntry;
  canAnswer: boolean;
  own: boolean;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  async function answer(approve: boolean) {
    if (sending) return;
    if (!approve && comment.trim() === '') {
      setError(t('report.approval.commentRequired'));
      return;
    }
    setSending(true);
    setMessage('');
    try {
      await reportApi.answerApproval(reportId, decision.id, { approve, comment: comment.trim() });
      setMessage(approve ? t('report.approval.approved') : t('report.approval.rejected'));
      onAnswered();
    } catch (failure) {
      const field = failure instanceof ApiError ? failure.problem.errors?.find((e) => e.field === 'comment') : undefined;
      if (field) setError(localPart(field.message));
      else if (failure instanceof ApiError && failure.problem.detail) setMessage(localPart(failure.problem.detail));
      else setMessage(t('report.approval.failed'));
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="approval">
      <p>
        <strong>{decisionTypeLabel(decision.type)}</strong> {t('report.approval.proposedBy', { author: decision.author })}{' '}
        <time dateTime={decision.at}>{formatInstant(decision.at)}</time> {t('report.approval.waiting')}
      </p>
      {own && <p className="notice">{t('report.approval.own')}</p>}
      {canAnswer && (
        <>
          <Field id={`approval-comment-${decision.id}`} label={t('report.approval.comment')} error={error}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={2000}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                  setError(undefined);
                }}
              />
            )}
          </Field>
          <button type="button" disabled={sending} onClick={() => void answer(true)}>
            {t('report.approval.approve')}
          </button>{' '}
          <button type="button" className="secondary" disabled={sending} onClick={() => void answer(false)}>
            {t('report.approval.reject')}
          </button>
        </>
      )}{' '}
      <span role="status">{message}</span>
    </div>
  );
}
