import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EscalatedReport } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { useLoaded } from '../../../lib/useLoaded';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { platformLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { escalationsApi } from '../api/escalationsApi';
import { t, Trans, useTranslation } from '../../../lib/i18n';

function inboxFailure(): string {
  return t('escalations.loadFailed');
}

/** « 1 h 05 min » from an ISO-8601 duration. */
function age(duration: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(duration);
  const h = Number(match?.[1] ?? 0);
  const m = Number(match?.[2] ?? 0);
  if (h === 0) return m === 0 ? t('duration.underAMinute') : t('duration.minutes', { m });
  return t('duration.hours', { h, mm: String(m).padStart(2, '0') });
}

function Answer({ escalation, onDone }: { escalation: EscalatedReport; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      onDone(done);
    } catch {
      onDone(t('escalations.answerFailed'));
    }
  }
  const id = `note-${escalation.reportId}`;
  return (
    <div className="escalation-answer">
      <button type="button" onClick={() => void run(() => escalationsApi.takeOver(escalation.reportId), t('escalations.takenOver'))}>
        {t('escalations.takeOver')}
      </button>
      <label htmlFor={id}>{t('escalations.noteFor', { worker: escalation.escalatedBy })}</label>
      <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        className="plain-button"
        disabled={note.trim() === ''}
        onClick={() => void run(() => escalationsApi.giveBack(escalation.reportId, note), t('escalations.givenBack', { worker: escalation.escalatedBy }))}
      >
        {t('escalations.giveBack')}
      </button>
      <Link to={`/signalements/${escalation.reportId}`}>{t('escalations.decide')}</Link>
    </div>
  );
}

/** « Escalades »: the reports workers escalated, oldest first, with reason, age and who; each answer is recorded. */
export function EscalationsPage() {
  const { t } = useTranslation();
  const { value: items, error, reload } = useLoaded(escalationsApi.inbox, inboxFailure);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), 30_000);
    return () => window.clearInterval(timer);
  }, [reload]);

  return (
    <main id="contenu" className="escalations-page">
      <h1>{t('escalations.title')}</h1>
      <p className="intro">{t('escalations.intro')}</p>
      <ErrorMessage message={error} />
      <p aria-live="polite">{message}</p>
      {items === null ? (
        <p className="loading">{t('escalations.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty">{t('escalations.empty')}</p>
      ) : (
        <ul className="escalations">
          {items.map((escalation) => (
            <li key={escalation.reportId}>
              <p>
                <PriorityBadge priority={escalation.priority} />{' '}
                <Trans
                  i18nKey="escalations.summary"
                  values={{
                    platform: platformLabel(escalation.platform),
                    department: escalation.department ?? t('escalations.unknownDepartment'),
                    worker: escalation.escalatedBy,
                    at: formatInstant(escalation.escalatedAt),
                    age: age(escalation.waiting),
                  }}
                  components={{ strong: <strong /> }}
                />
              </p>
              <p className="escalation-reason">{t('escalations.reason', { reason: escalation.reason })}</p>
              <Answer
                escalation={escalation}
                onDone={(done) => {
                  setMessage(done);
                  void reload();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
