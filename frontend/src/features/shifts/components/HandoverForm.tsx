import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { shiftsApi } from '../api/shiftsApi';

/** Ending my shift: a note for the next shift; my claims go back to the queue. */
export function HandoverForm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await shiftsApi.handOver(shiftId, note);
      setNote('');
      onDone();
    } catch {
      setFailure('La transmission n’a pas été enregistrée : écrivez une note, puis réessayez.');
    }
  }

  return (
    <form className="handover-form" onSubmit={(event) => void submit(event)} aria-label="Terminer mon créneau">
      <h2>Terminer mon créneau</h2>
      <label htmlFor="handover-note">Note pour le créneau suivant (obligatoire)</label>
      <textarea id="handover-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} required />
      <ErrorMessage message={failure} />
      <button type="submit">Transmettre et libérer mes signalements</button>
    </form>
  );
}
