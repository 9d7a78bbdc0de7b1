import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import type { IssuedKey } from '../../../lib/api/types';
import { partnersApi } from '../api/partnersApi';
import { Field } from '../../../components/Field';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';
import { DEFAULT_REQUESTS_PER_MINUTE, parseBudget } from '../budget';
import { ErrorMessage } from '../../../components/ErrorMessage';

const NAME = /^[\p{L}\p{N} ._'()-]+$/u;
const MAX_NAME = 100;

/** Creates a partner with its first key. */
export function NewPartnerForm({ onCreated }: { onCreated: (issued: IssuedKey) => void }) {
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
    if (trimmed === '') found.name = 'Indiquez le nom de l’organisation';
    else if ([...trimmed].length > MAX_NAME) found.name = `${MAX_NAME} caractères au plus`;
    else if (!NAME.test(trimmed)) {
      found.name = 'Lettres, chiffres, espaces et . _ \' ( ) - uniquement';
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
        setErrors({ name: 'Un partenaire porte déjà ce nom' });
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
      <h2>Nouveau partenaire</h2>
      <div className="field-row">
        <Field id="new-partner-name" label="Nom de l’organisation" required error={errors.name}>
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
          label="Budget (requêtes par minute)"
          help={`Laisser vide pour le budget par défaut (${DEFAULT_REQUESTS_PER_MINUTE}/min).`}
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
        {submitting ? 'Création…' : 'Créer le partenaire et sa première clé'}
      </button>
    </form>
  );
}
