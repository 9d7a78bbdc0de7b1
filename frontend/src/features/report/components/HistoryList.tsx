import type { HistoryEntry } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { decisionTypeLabel } from '../../../components/labels';
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

/** The report's history, oldest first: decisions with their details, notes with who may read them. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <p className="empty">Aucune décision ni note pour l’instant.</p>;
  const byId = new Map(history.map((entry) => [entry.id, entry]));
  const superseded = new Set(history.map((entry) => entry.supersedes).filter(Boolean));

  return (
    <ol className="history">
      {history.map((entry) => (
        <li key={entry.id} className={entry.kind === 'NOTE' ? 'history-note' : 'history-decision'}>
          <p className="history-head">
            <strong>
              {entry.kind === 'NOTE'
                ? 'Note'
                : entry.kind === 'ANSWER'
                  ? answerLabel(entry.type)
                  : decisionTypeLabel(entry.type)}
            </strong>
            {entry.kind === 'NOTE' && (
              <span className={entry.type === 'SHAREABLE' ? 'tag tag-shareable' : 'tag'}>
                {entry.type === 'SHAREABLE' ? 'partageable' : 'interne'}
              </span>
            )}
            {superseded.has(entry.id) && <span className="tag">remplacée</span>} — {entry.author}, le{' '}
            <time dateTime={entry.at}>{formatInstant(entry.at)}</time>
          </p>
          {entry.kind === 'NOTE' ? (
            <p className="note-text">{entry.details.text}</p>
          ) : (
            <dl className="facts">
              {Object.entries(entry.details).map(([field, value]) => (
                <div key={field}>
                  <dt>{DECISION_FIELD_LABELS[field] ?? field}</dt>
                  <dd>{detailValue(entry.type, field, value)}</dd>
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
