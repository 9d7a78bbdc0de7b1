import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { shiftsApi } from '../api/shiftsApi';
import { useTranslation } from '../../../lib/i18n';

/** Ending my shift: a note for the next shift; my claims go back to the queue. */
export function HandoverForm({ shiftId, onDone }: { shiftId: string; onDone: () => void }) {
  const { t } = useTranslation();
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
      setFailure(t('shifts.handover.failed'));
    }
  }

  return (
    <form className="handover-form" onSubmit={(event) => void submit(event)} aria-label={t('shifts.handover.title')}>
      <h2>{t('shifts.handover.title')}</h2>
      <label htmlFor="handover-note">{t('shifts.handover.note')}</label>
      <textarea id="handover-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} required />
      <ErrorMessage message={failure} />
      <button type="submit">{t('shifts.handover.submit')}</button>
    </form>
  );
}
