import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import type { IssuedKey } from '../../../lib/api/types';
import { partnersApi } from '../api/partnersApi';
import { Field } from '../../../components/Field';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';
import { DEFAULT_REQUESTS_PER_MINUTE, parseBudget } from '../budget';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useTranslation } from '../../../lib/i18n';

const NAME = /^[\p{L}\p{N} ._'()-]+$/u;
const MAX_NAME = 100;
const NAME_SIGNS = ". _ ' ( ) -";

/** Creates a partner with its first key. */
export function NewPartnerForm({ onCreated }: { onCreated: (issued: IssuedKey) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [budget, setBudget] = useState('');
  const [errors, setErrors] = useState<{ name?: string; requestsPerMinute?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setFailure(null);
    const trimmed = name.trim();
    const found: typeof errors = {};
    if (trimmed === '') found.name = t('partners.create.nameMissing');
    else if ([...trimmed].length > MAX_NAME) found.name = t('partners.create.nameTooLong', { max: MAX_NAME });
    else if (!NAME.test(trimmed)) {
      // The signs the server accepts, as typed (the straight apostrophe among them).
      found.name = t('partners.create.nameCharacters', { signs: NAME_SIGNS });
    }
    const parsed = parseBudget(budget);
    if ('error' in parsed) found.requestsPerMinute = parsed.error;
    setErrors(found);
    if (found.name || found.requestsPerMinute || 'error' in parsed) return;

    setSubmitting(true);
    try {
      const issued = await partnersApi.createPartner(
        parsed.value === null ? { name: trimmed } : { name: trimmed, requestsPerMinute: parsed.value },
      );
      setName('');
      setBudget('');
      onCreated(issued);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setErrors({ name: t('partners.create.duplicate') });
      } else if (error instanceof ApiError && error.status === 422 && error.problem.errors?.length) {
        const server = fieldErrors(error);
        setErrors({ name: server.name, requestsPerMinute: server.requestsPerMinute });
        const others = Object.keys(server).filter((field) => field !== 'name' && field !== 'requestsPerMinute');
        if (others.length > 0) setFailure(adminErrorMessage(error));
      } else {
        setFailure(adminErrorMessage(error));
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="new-partner" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <h2>{t('partners.create.title')}</h2>
      <div className="field-row">
        <Field id="new-partner-name" label={t('partners.create.name')} required error={errors.name}>
          {(control) => (
            <input
              {...control}
              name="name"
              required
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field
          id="new-partner-budget"
          label={t('partners.create.budget')}
          help={t('partners.create.budgetHelp', { n: DEFAULT_REQUESTS_PER_MINUTE })}
          error={errors.requestsPerMinute}
        >
          {(control) => (
            <input
              {...control}
              name="requestsPerMinute"
              inputMode="numeric"
              autoComplete="off"
              value={budget}
              onChange={(event) => setBudget(event.target.value)}
            />
          )}
        </Field>
      </div>
      <ErrorMessage message={failure} />
      <button type="submit" disabled={submitting}>
        {submitting ? t('partners.create.creating') : t('partners.create.submit')}
      </button>
    </form>
  );
}
