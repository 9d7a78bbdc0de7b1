import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api/ApiError';
import { localPart } from '../../../lib/api/frenchPart';
import type { DecisionType, HistoryEntry, LinkedReport } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { Field } from '../../../components/Field';
import { formatInstant } from '../../../lib/parisTime';
import { DECISION_TYPE_LABELS, decisionTypeLabel } from '../../../components/labels';
import {
  DECISION_FIELDS,
  decisionErrors,
  toDecisionRequest,
  todayInParis,
  type DecisionErrors,
  type DecisionField,
  type DecisionValues,
  type FieldSpec,
} from '../decisionForm';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { draftKey, useDraft } from '../../../lib/drafts/useDraft';
import { useSession } from '../../../lib/session/SessionContext';
import { failureMessage } from '../../../lib/api/failureMessage';
import { isTyping } from '../../../lib/keyboard';
import { useTranslation } from '../../../lib/i18n';

/** The decision types in the order of their keys: 1 for the first, 2 for the next… */
const DECISION_KEYS = Object.keys(DECISION_TYPE_LABELS) as DecisionType[];

const fieldId = (name: string) => `decision-${name}`;

interface DecisionFormProps {
  reportId: string;
  /** Earlier decisions, which a new one may supersede. */
  history: HistoryEntry[];
  linkedReports: LinkedReport[];
  onDecided: (entry: HistoryEntry) => void;
}

const NO_ERRORS: DecisionErrors = { fields: {}, general: [] };

/** What a decision draft keeps: the type chosen and what was typed, per type. */
interface DecisionDraft {
  type: DecisionType | null;
  values: Partial<Record<DecisionType, DecisionValues>>;
}

const EMPTY_DRAFT: DecisionDraft = { type: null, values: {} };

function isDecisionDraft(value: unknown): value is DecisionDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    (draft.type === null || (typeof draft.type === 'string' && draft.type in DECISION_TYPE_LABELS)) &&
    typeof draft.values === 'object' &&
    draft.values !== null
  );
}

const isEmptyDraft = (draft: DecisionDraft) =>
  draft.type === null &&
  Object.values(draft.values).every((fields) => Object.values(fields ?? {}).every((value) => !value));

/** The decision: a type, then the fields of that type; the server's refusals next to the fields. */
export function DecisionForm({ reportId, history, linkedReports, onDecided }: DecisionFormProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const owner = session.status === 'authenticated' ? session.user.username : null;
  // Kept in local storage as it is typed (a reload or a session expiry loses nothing), and per
  // type: « channel » and « reason » mean different things in different types.
  const draft = useDraft(
    owner === null ? null : draftKey('decision', owner, reportId),
    EMPTY_DRAFT,
    isDecisionDraft,
    isEmptyDraft,
  );
  const { type, values } = draft.value;
  const setType = (next: DecisionType) => draft.set((previous) => ({ ...previous, type: next }));
  const [errors, setErrors] = useState<DecisionErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);

  useEffect(() => {
    if (summaryShown > 0) summary.current?.focus();
  }, [summaryShown]);

  // Keys 1–5 choose the type and put the focus on it, the fields follow with Tab; recording stays
  // a deliberate press on the button (a stray key must never close a report).
  const radios = useRef<Partial<Record<DecisionType, HTMLInputElement | null>>>({});
  const choose = useRef<(code: DecisionType) => void>(() => undefined);
  useEffect(() => {
    choose.current = (code: DecisionType) => {
      draft.set((previous) => ({ ...previous, type: code }));
      setErrors(NO_ERRORS);
      radios.current[code]?.focus();
    };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event)) return;
      const code = /^[1-9]$/.test(event.key) ? DECISION_KEYS[Number(event.key) - 1] : undefined;
      if (!code) return;
      event.preventDefault();
      choose.current(code);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const decisions = history.filter((entry) => entry.kind === 'DECISION');
  const current = type ? (values[type] ?? {}) : {};

  function set(name: DecisionField | 'supersedes', value: string) {
    if (!type) return;
    draft.set((previous) => ({
      ...previous,
      values: { ...previous.values, [type]: { ...previous.values[type], [name]: value } },
    }));
    setErrors((previous) =>
      previous.fields[name] ? { ...previous, fields: { ...previous.fields, [name]: undefined } } : previous,
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    if (!type) {
      setErrors({ fields: { type: t('report.decision.chooseType') }, general: [] });
      setSummaryShown((count) => count + 1);
      return;
    }
    setSending(true);
    try {
      const entry = await reportApi.decide(reportId, toDecisionRequest(type, current));
      draft.clear();
      onDecided(entry);
    } catch (error) {
      setSending(false);
      if (error instanceof ApiError && error.status === 422) {
        setErrors(decisionErrors(type, error.problem));
        setSummaryShown((count) => count + 1);
      } else if (error instanceof ApiError && error.status === 409) {
        setErrors(NO_ERRORS);
        setFailure(
          error.problem.claim
            ? t('report.decision.claimedBy', { worker: error.problem.claim.worker })
            : t('report.decision.notRecorded', {
                reason: error.problem.detail ? localPart(error.problem.detail) : t('report.decision.claimFirst'),
              }),
        );
      } else {
        setFailure(t('report.decision.failed', { reason: failureMessage(error) }));
      }
    }
  }

  const listed = Object.entries(errors.fields).filter(([, message]) => message);
  const errorCount = listed.length + errors.general.length;
  const labelOf = (name: string) =>
    name === 'type'
      ? t('report.decision.type')
      : name === 'supersedes'
        ? t('report.decision.supersedes')
        : (type && DECISION_FIELDS[type].find((field) => field.name === name)?.label) || name;

  return (
    <form className="decision-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {draft.restored && !isEmptyDraft(draft.value) && (
        <p className="notice draft-notice">
          {t('report.decision.restored')}{' '}
          <button type="button" className="plain-button small-button" onClick={draft.clear}>
            {t('report.decision.clearDraft')}
          </button>
        </p>
      )}
      {summaryShown > 0 && errorCount > 0 && (
        <div ref={summary} className="error-summary" role="alert" tabIndex={-1}>
          <h3>
            {t('report.decision.errorCount', { count: errorCount })}
          </h3>
          <ul>
            {listed.map(([name, message]) => (
              <li key={name}>
                <a
                  href={`#${fieldId(name)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(name))?.focus();
                  }}
                >
                  {t('report.decision.errorItem', { field: labelOf(name), message })}
                </a>
              </li>
            ))}
            {errors.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset
        className="decision-types"
        aria-describedby={errors.fields.type ? fieldId('type-error') : undefined}
      >
        <legend>{t('report.decision.type')}</legend>
        {DECISION_KEYS.map((code, index) => (
          <label key={code} className="radio">
            <input
              ref={(element) => {
                radios.current[code] = element;
              }}
              type="radio"
              name="decision-type"
              id={index === 0 ? fieldId('type') : undefined}
              value={code}
              checked={type === code}
              onChange={() => {
                setType(code);
                setErrors(NO_ERRORS);
              }}
            />{' '}
            {DECISION_TYPE_LABELS[code]} <kbd aria-hidden="true">{index + 1}</kbd>
          </label>
        ))}
        {errors.fields.type && (
          <p id={fieldId('type-error')} className="field-error">
            {errors.fields.type}
          </p>
        )}
      </fieldset>

      {type && (
        <fieldset className="decision-fields">
          <legend>{DECISION_TYPE_LABELS[type]}</legend>
          {DECISION_FIELDS[type].map((spec) => (
            <DecisionInput
              key={`${type}-${spec.name}`}
              spec={spec}
              value={current[spec.name] ?? ''}
              error={errors.fields[spec.name]}
              onChange={(value) => set(spec.name, value)}
              suggestions={spec.name === 'duplicateOf' ? linkedReports.map((linked) => linked.id) : undefined}
            />
          ))}
          {decisions.length > 0 && (
            <Field
              id={fieldId('supersedes')}
              label={t('report.decision.supersedes')}
              help={t('report.decision.supersedesHelp')}
              error={errors.fields.supersedes}
            >
              {(control) => (
                <select
                  {...control}
                  value={current.supersedes ?? ''}
                  onChange={(event) => set('supersedes', event.target.value)}
                >
                  <option value="">{t('report.decision.none')}</option>
                  {decisions.map((decision) => (
                    <option key={decision.id} value={decision.id}>
                      {decisionTypeLabel(decision.type)} — {decision.author},{' '}
                      {formatInstant(decision.at)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
      )}

      <ErrorMessage message={failure} />
      <button type="submit" disabled={sending}>
        {sending ? t('report.decision.recording') : t('report.decision.record')}
      </button>
    </form>
  );
}

interface DecisionInputProps {
  spec: FieldSpec;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  suggestions?: string[];
}

function DecisionInput({ spec, value, error, onChange, suggestions }: DecisionInputProps) {
  const { t } = useTranslation();
  const id = fieldId(spec.name);
  return (
    <Field id={id} label={spec.label} required={spec.required} help={spec.help} error={error}>
      {(control) => {
        switch (spec.kind) {
          case 'select':
            return (
              <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
                <option value="">{t('report.decision.choose')}</option>
                {Object.entries(spec.options ?? {}).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            );
          case 'textarea':
            return (
              <textarea
                {...control}
                rows={4}
                maxLength={spec.maxLength}
                value={value}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case 'date':
            return (
              <input
                {...control}
                type="date"
                min={todayInParis()}
                value={value}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          default:
            return (
              <>
                <input
                  {...control}
                  autoComplete="off"
                  list={suggestions?.length ? `${id}-suggestions` : undefined}
                  value={value}
                  onChange={(event) => onChange(event.target.value)}
                />
                {suggestions && suggestions.length > 0 && (
                  <datalist id={`${id}-suggestions`}>
                    {suggestions.map((suggestion) => (
                      <option key={suggestion} value={suggestion} />
                    ))}
                  </datalist>
                )}
              </>
            );
        }
      }}
    </Field>
  );
}
