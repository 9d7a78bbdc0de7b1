import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api/ApiError';
import type { Platform, ReporterConcern } from '../../../lib/api/types';
import { submitManualReport } from '../api/intakeApi';
import { Field } from '../../../components/Field';
import { CONCERN_LABELS, PLATFORM_LABELS } from '../../../components/labels';
import { pendingState } from '../../../lib/pageState/pendingReport';
import { ContactChips } from './ContactChips';
import {
  addContacts,
  characterCount,
  emptyValues,
  FIELD_ORDER,
  LIMITS,
  serverErrors,
  toManualReport,
  validate,
  type FieldErrors,
  type FieldName,
  type FormValues,
} from '../manualReportForm';
import { newExternalId } from '../newExternalId';
import { submitErrorMessage } from '../submitErrorMessage';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { locale, useTranslation } from '../../../lib/i18n';

/** A count of characters in the chosen language (« 12 000 » in French). */
const count = (n: number) => new Intl.NumberFormat(locale()).format(n);

const fieldId = (name: FieldName) => `signalement-${name}`;

/** « Signaler une annonce »: a worker types in or pastes an ad they saw. Text only. */
export function ManualReportPage() {
  const { t } = useTranslation();
  /** Each field's label, from the catalogue (« intake.field.platform »). */
  const label = (name: FieldName) => t(`intake.field.${name}`);
  const navigate = useNavigate();
  // One id per form: a double click or a retry names the same report.
  const [externalId] = useState(newExternalId);
  const [values, setValues] = useState<FormValues>(() => emptyValues(new Date()));
  const [contactDraft, setContactDraft] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const sending = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);

  useEffect(() => {
    if (summaryShown > 0) summary.current?.focus();
  }, [summaryShown]);

  function set<K extends FieldName>(name: K, value: FormValues[K]) {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => (previous[name] ? { ...previous, [name]: undefined } : previous));
  }

  function addContact(raw: string, rest = '') {
    const update = addContacts(values.contacts, raw);
    set('contacts', update.contacts);
    setContactDraft([update.draft, rest].filter((part) => part !== '').join(', '));
    setErrors((previous) => ({ ...previous, contacts: update.problem ?? undefined }));
  }

  function showErrors(fields: FieldErrors, general: string[]) {
    setErrors(fields);
    setGeneralErrors(general);
    if (Object.values(fields).some(Boolean) || general.length > 0) {
      setSummaryShown((count) => count + 1);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    setFailure(null);

    // A contact typed but not yet added is sent too.
    let toSend = values;
    let contactProblem: string | null = null;
    if (contactDraft.trim() !== '') {
      const update = addContacts(values.contacts, contactDraft);
      toSend = { ...values, contacts: update.contacts };
      contactProblem = update.problem;
      setValues(toSend);
      setContactDraft(update.draft);
    }
    const found = validate(toSend, new Date());
    if (contactProblem) found.contacts = contactProblem;
    showErrors(found, []);
    if (Object.values(found).some(Boolean)) return;

    sending.current = true;
    setSubmitting(true);
    try {
      const receipt = await submitManualReport(toManualReport(toSend, externalId));
      // Sent: this form stays locked until the page is left.
      // The worker lands on her report; the page waits for the analysis if it is not done yet.
      navigate(`/signalements/${receipt.id}`, { state: pendingState(receipt) });
    } catch (error) {
      sending.current = false;
      setSubmitting(false);
      if (error instanceof ApiError && error.status === 422 && error.problem.errors?.length) {
        // Nothing was stored; each error goes next to its field.
        const server = serverErrors(error.problem);
        showErrors(server.fields, server.general);
      } else {
        setFailure(submitErrorMessage(error));
      }
    }
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, name: FieldName) {
    event.preventDefault();
    document.getElementById(fieldId(name))?.focus();
  }

  const listedErrors = FIELD_ORDER.filter((name) => errors[name]);
  const errorCount = listedErrors.length + generalErrors.length;
  const textLength = characterCount(values.text);

  return (
    <main id="contenu" className="page intake-page">
      <h1>{t('nav.intake')}</h1>
      <p className="notice">
        {t('intake.notice')}
      </p>

      {summaryShown > 0 && errorCount > 0 && (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1}>
          <h2>
            {t('intake.errorCount', { count: errorCount })}
          </h2>
          <ul>
            {listedErrors.map((name) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                  {t('intake.errorItem', { field: label(name), error: errors[name] })}
                </a>
              </li>
            ))}
            {generalErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <form className="intake-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <fieldset>
          <legend>{t('intake.section.ad')}</legend>
          <Field id={fieldId('platform')} label={label('platform')} required error={errors.platform}>
            {(control) => (
              <select
                {...control}
                name="platform"
                required
                value={values.platform}
                onChange={(event) => set('platform', event.target.value as Platform | '')}
              >
                <option value="">{t('intake.choose')}</option>
                {(Object.keys(PLATFORM_LABELS) as Platform[]).map((platform) => (
                  <option key={platform} value={platform}>
                    {PLATFORM_LABELS[platform]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={fieldId('platformName')}
            label={label('platformName')}
            help={t('intake.help.platformName')}
            error={errors.platformName}
          >
            {(control) => (
              <input
                {...control}
                name="platformName"
                value={values.platformName}
                onChange={(event) => set('platformName', event.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('url')}
            label={label('url')}
            help={t('intake.help.url')}
            error={errors.url}
          >
            {(control) => (
              <input
                {...control}
                name="url"
                type="url"
                inputMode="url"
                autoComplete="off"
                value={values.url}
                onChange={(event) => set('url', event.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('text')}
            label={label('text')}
            required
            help={
              <span className={textLength > LIMITS.text ? 'counter over' : 'counter'}>
                {t('intake.help.characters', { count: count(textLength), max: count(LIMITS.text) })}
              </span>
            }
            error={errors.text}
          >
            {(control) => (
              <textarea
                {...control}
                name="text"
                required
                rows={12}
                value={values.text}
                onChange={(event) => set('text', event.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('observedAt')}
            label={label('observedAt')}
            required
            help={t('intake.help.observedAt')}
            error={errors.observedAt}
          >
            {(control) => (
              <input
                {...control}
                name="observedAt"
                type="datetime-local"
                required
                value={values.observedAt}
                onChange={(event) => set('observedAt', event.target.value)}
              />
            )}
          </Field>
        </fieldset>

        <fieldset>
          <legend>{t('intake.section.place')}</legend>
          <div className="field-row">
            <Field id={fieldId('city')} label={label('city')} error={errors.city}>
              {(control) => (
                <input
                  {...control}
                  name="city"
                  value={values.city}
                  onChange={(event) => set('city', event.target.value)}
                />
              )}
            </Field>
            <Field id={fieldId('postalCode')} label={label('postalCode')} error={errors.postalCode}>
              {(control) => (
                <input
                  {...control}
                  name="postalCode"
                  inputMode="numeric"
                  autoComplete="off"
                  value={values.postalCode}
                  onChange={(event) => set('postalCode', event.target.value)}
                />
              )}
            </Field>
            <Field
              id={fieldId('department')}
              label={label('department')}
              help={t('intake.help.department')}
              error={errors.department}
            >
              {(control) => (
                <input
                  {...control}
                  name="department"
                  autoComplete="off"
                  value={values.department}
                  onChange={(event) => set('department', event.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('intake.section.contacts')}</legend>
          <Field
            id={fieldId('contacts')}
            label={label('contacts')}
            help={t('intake.help.contacts')}
            error={errors.contacts}
          >
            {(control) => (
              <ContactChips
                control={control}
                contacts={values.contacts}
                draft={contactDraft}
                onDraftChange={setContactDraft}
                onAdd={addContact}
                onRemove={(contact) =>
                  set(
                    'contacts',
                    values.contacts.filter((other) => other !== contact),
                  )
                }
              />
            )}
          </Field>
          <Field
            id={fieldId('reporterConcern')}
            label={label('reporterConcern')}
            help={t('intake.help.reporterConcern')}
            error={errors.reporterConcern}
          >
            {(control) => (
              <select
                {...control}
                name="reporterConcern"
                value={values.reporterConcern}
                onChange={(event) =>
                  set('reporterConcern', event.target.value as ReporterConcern | '')
                }
              >
                <option value="">{t('intake.unspecified')}</option>
                {(Object.keys(CONCERN_LABELS) as ReporterConcern[]).map((concern) => (
                  <option key={concern} value={concern}>
                    {CONCERN_LABELS[concern]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('note')} label={label('note')} error={errors.note}>
            {(control) => (
              <textarea
                {...control}
                name="note"
                rows={4}
                value={values.note}
                onChange={(event) => set('note', event.target.value)}
              />
            )}
          </Field>
        </fieldset>

        <ErrorMessage message={failure} />
        <button type="submit" disabled={submitting}>
          {submitting ? t('intake.sending') : t('intake.send')}
        </button>
      </form>
    </main>
  );
}
