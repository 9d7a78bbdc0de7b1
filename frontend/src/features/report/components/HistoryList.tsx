import type { HistoryEntry } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { DECISION_STATE_LABELS, decisionTypeLabel, SEND_METHOD_LABELS } from '../../../components/labels';
import { DECISION_FIELD_LABELS, detailValue } from '../decisionLabels';

/** A coordinator's answer to an escalation, in words. */
const ANSWER_LABELS: Record<string, string> = {
  TAKE_OVER: 'Escalade : reprise par la coordination',
  RETURN: 'Escalade : rendue à l’intervenante',
  DECIDE: 'Escalade : décision de la coordination',
};

function answerLabel(action: string): string {
  return ANSWER_LABELS[action] ?? action;
}

/** The heading of a line: a note, a decision, a second coordinator's answer, a referral's step. */
function headOf(entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'NOTE':
      return 'Note';
    case 'ANSWER':
      return answerLabel(entry.type);
    case 'APPROVAL':
      return entry.type === 'APPROVED' ? 'Seconde approbation : approuvée' : 'Seconde approbation : refusée';
    case 'REFERRAL_STEP':
      return entry.type === 'SENT' ? 'Orientation envoyée' : 'Accusé de réception de l’orientation';
    default:
      return decisionTypeLabel(entry.type);
  }
}

const STEP_LABELS: Record<string, string> = {
  comment: 'Commentaire',
  method: 'Envoyée par',
  recipient: 'Service destinataire',
  reference: 'Référence du service',
};

/** The report's history, oldest first: decisions with their details, notes with who may read them. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <p className="empty">Aucune décision ni note pour l’instant.</p>;
  const byId = new Map(history.filter((entry) => entry.kind === 'DECISION').map((entry) => [entry.id, entry]));
  const superseded = new Set(history.map((entry) => entry.supersedes).filter(Boolean));

  return (
    <ol className="history">
      {history.map((entry) => (
        <li key={`${entry.kind}-${entry.id}-${entry.type}`} className={entry.kind === 'NOTE' ? 'history-note' : 'history-decision'}>
          <p className="history-head">
            <strong>{headOf(entry)}</strong>
            {entry.kind === 'NOTE' && (
              <span className={entry.type === 'SHAREABLE' ? 'tag tag-shareable' : 'tag'}>
                {entry.type === 'SHAREABLE' ? 'partageable' : 'interne'}
              </span>
            )}
            {entry.kind === 'DECISION' && entry.state && entry.state !== 'RECORDED' && (
              <span className="tag">{DECISION_STATE_LABELS[entry.state] ?? entry.state}</span>
            )}
            {superseded.has(entry.id) && <span className="tag">remplacée</span>} — {entry.author}, le{' '}
            <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
          </p>
          {entry.kind === 'NOTE' ? (
            <p className="note-text">{entry.details.text}</p>
          ) : entry.kind === 'DECISION' ? (
            <dl className="facts">
              {Object.entries(entry.details).map(([field, value]) => (
                <div key={field}>
                  <dt>{DECISION_FIELD_LABELS[field] ?? field}</dt>
                  <dd>{detailValue(entry.type, field, value)}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <dl className="facts">
              {Object.entries(entry.details)
                .filter(([, value]) => value !== '')
                .map(([field, value]) => (
                  <div key={field}>
                    <dt>{STEP_LABELS[field] ?? field}</dt>
                    <dd>{field === 'method' ? (SEND_METHOD_LABELS[value] ?? value) : value}</dd>
                  </div>
                ))}
            </dl>
          )}
          {entry.supersedes && (
            <p className="secondary">
              Remplace la décision{' '}
              {byId.get(entry.supersedes)
                ? `« ${decisionTypeLabel(byId.get(entry.supersedes)!.type)} » du ${formatInstant(byId.get(entry.supersedes)!.at)}`
                : `n° ${entry.supersedes}`}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
