import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { localPart } from '../../../lib/api/frenchPart';
import { reportApi } from '../api/reportApi';
import { Field } from '../../../components/Field';
import { draftKey, useDraft } from '../../../lib/drafts/useDraft';
import { useSession } from '../../../lib/session/SessionContext';
import { failureMessage } from '../../../lib/api/failureMessage';
import { useTranslation } from '../../../lib/i18n';

interface NoteDraft {
  text: string;
  shareable: boolean;
}

const EMPTY_NOTE: NoteDraft = { text: '', shareable: false };

function isNoteDraft(value: unknown): value is NoteDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return typeof draft.text === 'string' && typeof draft.shareable === 'boolean';
}

const isEmptyNote = (draft: NoteDraft) => draft.text.trim() === '';

interface NoteFormProps {
  reportId: string;
  onAdded: () => void;
}

/**
 * A note: internal to the team unless marked shareable with the partner who sent the report. What
 * is typed is kept in local storage (a reload or a session expiry loses nothing) until it is added.
 */
export function NoteForm({ reportId, onAdded }: NoteFormProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const owner = session.status === 'authenticated' ? session.user.username : null;
  const draft = useDraft(owner === null ? null : draftKey('note', owner, reportId), EMPTY_NOTE, isNoteDraft, isEmptyNote);
  const { text, shareable } = draft.value;
  const setText = (value: string) => draft.set((previous) => ({ ...previous, text: value }));
  const setShareable = (value: boolean) => draft.set((previous) => ({ ...previous, shareable: value }));
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setMessage('');
    if (text.trim() === '') {
      setError(t('report.note.required'));
      return;
    }
    setSending(true);
    try {
      await reportApi.addNote(reportId, { text: text.trim(), shareable });
      draft.clear();
      setError(undefined);
      setMessage(shareable ? t('report.note.addedShareable') : t('report.note.addedInternal'));
      onAdded();
    } catch (failure) {
      const fieldError = failure instanceof ApiError ? failure.problem.errors?.find((e) => e.field === 'text') : undefined;
      setError(
        fieldError
          ? localPart(fieldError.message)
          : t('report.note.failed', { reason: failureMessage(failure) }),
      );
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="note-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {draft.restored && !isEmptyNote(draft.value) && (
        <p className="notice draft-notice">{t('report.note.restored')}</p>
      )}
      <Field id="note-text" label={t('report.note.label')} required error={error}>
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
          {t('report.note.shareable')}
        </label>
        <p className="field-help">{t('report.note.shareableHelp')}</p>
      </div>
      <button type="submit" disabled={sending}>
        {t('report.note.add')}
      </button>{' '}
      <span role="status">{message}</span>
    </form>
  );
}
