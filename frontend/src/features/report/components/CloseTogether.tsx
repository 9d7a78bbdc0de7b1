import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { frenchPart } from '../../../lib/api/frenchPart';
import type { LinkedReport } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { NO_ACTION_REASON_LABELS } from '../decisionLabels';
import { ErrorMessage } from '../../../components/ErrorMessage';

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
  const open = linkedReports.filter((linked) => OPEN.has(linked.status));
  const [chosen, setChosen] = useState<string[]>(open.map((linked) => linked.id));
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const reasonId = useId();
  const commentId = useId();

  if (open.length === 0) return null;

  function toggle(id: string) {
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason || !comment.trim()) {
      setMessage('Choisissez un motif et écrivez un commentaire.');
      return;
    }
    setSending(true);
    try {
      const ids = [reportId, ...chosen];
      await reportApi.decideTogether(ids, { type: 'NO_ACTION', reason, comment: comment.trim() });
      onClosed(ids.length);
    } catch (failure) {
      setMessage(
        failure instanceof ApiError && failure.problem.detail
          ? `Rien n’a été clos : ${frenchPart(failure.problem.detail)}`
          : 'Rien n’a été clos : la demande a échoué, réessayez.',
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="close-together" onSubmit={(event) => void submit(event)} aria-labelledby="clore-ensemble">
      <h3 id="clore-ensemble">Clore ensemble (sans suite)</h3>
      <fieldset>
        <legend>Signalements liés encore ouverts à clore avec celui-ci</legend>
        {open.map((linked) => (
          <label key={linked.id} className="checkbox">
            <input type="checkbox" checked={chosen.includes(linked.id)} onChange={() => toggle(linked.id)} /> n°{' '}
            {linked.id.slice(0, 8)} ({linked.priority}) — {linked.sharedContacts.join(', ')}
          </label>
        ))}
      </fieldset>
      <label htmlFor={reasonId}>Motif</label>
      <select id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)}>
        <option value="">— choisir —</option>
        {Object.entries(NO_ACTION_REASON_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={commentId}>Commentaire</label>
      <textarea id={commentId} value={comment} onChange={(event) => setComment(event.target.value)} rows={2} />
      <ErrorMessage message={message} />
      <button type="submit" className="secondary-button" disabled={sending}>
        Clore ces {chosen.length + 1} signalements
      </button>
    </form>
  );
}
