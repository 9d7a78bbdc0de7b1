import { useState } from 'react';
import type { HistoryEntry } from '../../../lib/api/types';
import { ApiError } from '../../../lib/api/ApiError';
import { frenchPart } from '../../../lib/api/frenchPart';
import { formatInstant } from '../../../lib/parisTime';
import { decisionTypeLabel } from '../../../components/labels';
import { Field } from '../../../components/Field';
import { reportApi } from '../api/reportApi';

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
  const pending = history.filter((entry) => entry.kind === 'DECISION' && entry.state === 'PENDING_APPROVAL');
  if (pending.length === 0) return null;
  return (
    <section aria-labelledby="approbation">
      <h2 id="approbation">Seconde approbation</h2>
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
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  async function answer(approve: boolean) {
    if (sending) return;
    if (!approve && comment.trim() === '') {
      setError('obligatoire pour refuser : dites pourquoi à l’auteur·rice');
      return;
    }
    setSending(true);
    setMessage('');
    try {
      await reportApi.answerApproval(reportId, decision.id, { approve, comment: comment.trim() });
      setMessage(approve ? 'Décision approuvée.' : 'Décision refusée.');
      onAnswered();
    } catch (failure) {
      const field = failure instanceof ApiError ? failure.problem.errors?.find((e) => e.field === 'comment') : undefined;
      if (field) setError(frenchPart(field.message));
      else if (failure instanceof ApiError && failure.problem.detail) setMessage(frenchPart(failure.problem.detail));
      else setMessage('La réponse n’a pas été enregistrée : réessayez dans un instant.');
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="approval">
      <p>
        <strong>{decisionTypeLabel(decision.type)}</strong> proposée par {decision.author} le{' '}
        <time dateTime={decision.at}>{formatInstant(decision.at)}</time> : elle attend l’approbation d’un·e
        autre coordinateur·rice. Le partenaire voit « en cours d’examen » jusque-là.
      </p>
      {own && <p className="notice">Vous en êtes l’auteur·rice : une autre personne doit l’approuver.</p>}
      {canAnswer && (
        <>
          <Field id={`approval-comment-${decision.id}`} label="Commentaire" error={error}>
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
            Approuver
          </button>{' '}
          <button type="button" className="secondary" disabled={sending} onClick={() => void answer(false)}>
            Refuser
          </button>
        </>
      )}{' '}
      <span role="status">{message}</span>
    </div>
  );
}
