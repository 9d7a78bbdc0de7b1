import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { EscalatedReport } from '../../../lib/api/types';
import { formatInstant } from '../../../lib/parisTime';
import { useLoaded } from '../../../lib/useLoaded';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { platformLabel } from '../../../components/labels';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { escalationsApi } from '../api/escalationsApi';

function inboxFailure(): string {
  return 'Les escalades n’ont pas pu être chargées.';
}

/** « 1 h 05 min » from an ISO-8601 duration. */
function age(duration: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?/.exec(duration);
  const h = Number(match?.[1] ?? 0);
  const m = Number(match?.[2] ?? 0);
  return h === 0 ? (m === 0 ? 'moins d’une minute' : `${m} min`) : `${h} h ${String(m).padStart(2, '0')} min`;
}

function Answer({ escalation, onDone }: { escalation: EscalatedReport; onDone: (message: string) => void }) {
  const [note, setNote] = useState('');
  async function run(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      onDone(done);
    } catch {
      onDone('La réponse n’a pas été enregistrée (déjà répondue, ou note manquante).');
    }
  }
  const id = `note-${escalation.reportId}`;
  return (
    <div className="escalation-answer">
      <button type="button" onClick={() => void run(() => escalationsApi.takeOver(escalation.reportId), 'Signalement repris par vous.')}>
        Reprendre
      </button>
      <label htmlFor={id}>Note pour {escalation.escalatedBy}</label>
      <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        className="plain-button"
        disabled={note.trim() === ''}
        onClick={() => void run(() => escalationsApi.giveBack(escalation.reportId, note), `Rendu à ${escalation.escalatedBy}.`)}
      >
        Rendre avec la note
      </button>
      <Link to={`/signalements/${escalation.reportId}`}>Décider</Link>
    </div>
  );
}

/** « Escalades »: the reports workers escalated, oldest first, with reason, age and who; each answer is recorded. */
export function EscalationsPage() {
  const { value: items, error, reload } = useLoaded(escalationsApi.inbox, inboxFailure);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const timer = window.setInterval(() => void reload(), 30_000);
    return () => window.clearInterval(timer);
  }, [reload]);

  return (
    <main id="contenu" className="escalations-page">
      <h1>Escalades</h1>
      <p className="intro">Les signalements qu’une intervenante a escaladés à la coordination, du plus ancien au plus récent.</p>
      <ErrorMessage message={error} />
      <p aria-live="polite">{message}</p>
      {items === null ? (
        <p className="loading">Chargement des escalades…</p>
      ) : items.length === 0 ? (
        <p className="empty">Aucune escalade en attente</p>
      ) : (
        <ul className="escalations">
          {items.map((escalation) => (
            <li key={escalation.reportId}>
              <p>
                <PriorityBadge priority={escalation.priority} /> {platformLabel(escalation.platform)}, dép.{' '}
                {escalation.department ?? 'non précisé'} — escaladé par <strong>{escalation.escalatedBy}</strong> le{' '}
                {formatInstant(escalation.escalatedAt)} (il y a {age(escalation.waiting)})
              </p>
              <p className="escalation-reason">Motif : {escalation.reason}</p>
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
