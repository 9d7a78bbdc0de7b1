import type { HistoryEntry } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { DECISION_STATE_LABELS, decisionTypeLabel, SEND_METHOD_LABELS } from '../../../components/labels';
import { DECISION_FIELD_LABELS, detailValue } from '../decisionLabels';
import { t, useTranslation } from '../../../lib/i18n';

/** A coordinator's answer to an escalation, in words. */
const ANSWERS = new Set(['TAKE_OVER', 'RETURN', 'DECIDE']);

function answerLabel(action: string): string {
  return ANSWERS.has(action) ? t(`report.history.answer.${action}`) : action;
}

/** The heading of a line: a note, a decision, a second coordinator's answer, a referral's step. */
function headOf(entry: HistoryEntry): string {
  switch (entry.kind) {
    case 'NOTE':
      return t('report.history.note');
    case 'ANSWER':
      return answerLabel(entry.type);
    case 'APPROVAL':
      return entry.type === 'APPROVED' ? t('report.history.approved') : t('report.history.rejected');
    case 'REFERRAL_STEP':
      return entry.type === 'SENT' ? t('report.history.sent') : t('report.history.acknowledged');
    default:
      return decisionTypeLabel(entry.type);
  }
}

/** The fields of a referral's step, named in the catalogue (« report.history.step.method »). */
const STEP_FIELDS = new Set(['comment', 'method', 'recipient', 'reference']);

/** The report's history, oldest first: decisions with their details, notes with who may read them. */
export function HistoryList({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="empty">{t('report.history.empty')}</p>;
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
                {entry.type === 'SHAREABLE' ? t('report.history.shareable') : t('report.history.internal')}
              </span>
            )}
            {entry.kind === 'DECISION' && entry.state && entry.state !== 'RECORDED' && (
              <span className="tag">{DECISION_STATE_LABELS[entry.state] ?? entry.state}</span>
            )}
            {superseded.has(entry.id) && <span className="tag">{t('report.history.superseded')}</span>}{' '}
            {t('report.history.by', { author: entry.author })}{' '}
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
                    <dt>{STEP_FIELDS.has(field) ? t(`report.history.step.${field}`) : field}</dt>
                    <dd>{field === 'method' ? (SEND_METHOD_LABELS[value] ?? value) : value}</dd>
                  </div>
                ))}
            </dl>
          )}
          {entry.supersedes && (
            <p className="secondary">
              {byId.get(entry.supersedes)
                ? t('report.history.replaces', {
                    type: decisionTypeLabel(byId.get(entry.supersedes)!.type),
                    at: formatInstant(byId.get(entry.supersedes)!.at),
                  })
                : t('report.history.replacesId', { id: entry.supersedes })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
