import { useRef, type ChangeEvent, type KeyboardEvent } from 'react';
import type { ControlProps } from '../../../components/Field';
import { LIMITS } from '../manualReportForm';
import { useTranslation } from '../../../lib/i18n';

interface ContactChipsProps {
  control: ControlProps;
  contacts: string[];
  /** What is typed and not yet added. */
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Adds the comma-separated contacts in raw; rest is typed on after them. */
  onAdd: (raw: string, rest?: string) => void;
  onRemove: (contact: string) => void;
}

/** Phone numbers and handles as chips: Enter or a comma adds one, × removes it. */
export function ContactChips({
  control,
  contacts,
  draft,
  onDraftChange,
  onAdd,
  onRemove,
}: ContactChipsProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would submit the whole form.
      event.preventDefault();
      if (draft.trim() !== '') onAdd(draft);
    }
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value;
    const lastComma = value.lastIndexOf(',');
    if (lastComma < 0) {
      onDraftChange(value);
      return;
    }
    // A pasted list: add what comes before the last comma, keep the rest in the input.
    onAdd(value.slice(0, lastComma), value.slice(lastComma + 1).trimStart());
  }

  function remove(contact: string) {
    onRemove(contact);
    input.current?.focus();
  }

  return (
    <div className="chips">
      {contacts.length > 0 && (
        <ul className="chip-list" aria-label={t('intake.contacts.added')}>
          {contacts.map((contact) => (
            <li key={contact} className="chip">
              <span className="chip-text">{contact}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('intake.contacts.remove', { contact })}
                onClick={() => remove(contact)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...control}
        ref={input}
        name="contacts"
        autoComplete="off"
        value={draft}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
      />
      <p className="chip-count">
        {t('intake.contacts.count', { count: contacts.length, max: LIMITS.contacts })}
      </p>
    </div>
  );
}
