import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { frenchPart } from '../../../lib/api/frenchPart';
import { reportApi } from '../api/reportApi';
import { Field } from '../../../components/Field';

interface NoteFormProps {
  reportId: string;
  onAdded: () => void;
}

/** A note: internal to the team unless marked shareable with the partner who sent the report. */
export function NoteForm({ reportId, onAdded }: NoteFormProps) {
  const [text, setText] = useState('');
  const [shareable, setShareable] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setMessage('');
    if (text.trim() === '') {
      setError('obligatoire');
      return;
    }
    setSending(true);
    try {
      await reportApi.addNote(reportId, { text: text.trim(), shareable });
      setText('');
      setShareable(false);
      setError(undefined);
      setMessage(shareable ? 'Note partageable ajoutée.' : 'Note interne ajoutée.');
      onAdded();
    } catch (failure) {
      const fieldError = failure instanceof ApiError ? failure.problem.errors?.find((e) => e.field === 'text') : undefined;
      setError(
        fieldError
          ? frenchPart(fieldError.message)
          : 'La note n’a pas été enregistrée : réessayez dans un instant.',
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="note-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <Field id="note-text" label="Note" required error={error}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={4000}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="field checkbox-field">
        <label>
          <input type="checkbox" checked={shareable} onChange={(event) => setShareable(event.target.checked)} />{' '}
          Partageable avec le partenaire qui a envoyé le signalement
        </label>
        <p className="field-help">Sans cette case, la note reste interne à l’équipe.</p>
      </div>
      <button type="submit" disabled={sending}>
        Ajouter la note
      </button>{' '}
      <span role="status">{message}</span>
    </form>
  );
}
