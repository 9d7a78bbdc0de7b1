import { localPart } from '../../lib/api/frenchPart';
import { t } from '../../lib/i18n';
import type { DecisionRequest, DecisionType } from '../../lib/api/types';
import type { Problem } from '../../lib/api/ApiError';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_OUTCOME_LABELS,
  NO_ACTION_REASON_LABELS,
  REFERRAL_CHANNEL_LABELS,
  URGENCY_LABELS,
} from './decisionLabels';

export type DecisionField =
  | 'channel'
  | 'messageSummary'
  | 'outcome'
  | 'followUpDate'
  | 'urgency'
  | 'justification'
  | 'externalReference'
  | 'reason'
  | 'comment'
  | 'duplicateOf';

export interface FieldSpec {
  name: DecisionField;
  label: string;
  kind: 'select' | 'textarea' | 'text' | 'date';
  required: boolean;
  /** For a select: code → label, in this order. */
  options?: Record<string, string>;
  help?: string;
  maxLength?: number;
}

/**
 * A field of the form; its label (« report.field.<key> ») and help (« report.field.<key>Help »)
 * are read from the catalogue each time they are shown, so that they follow the language chosen.
 */
function field(key: string, spec: Omit<FieldSpec, 'label' | 'help'>, withHelp = false): FieldSpec {
  return {
    ...spec,
    get label() {
      return t(`report.field.${key}`);
    },
    get help() {
      return withHelp ? t(`report.field.${key}Help`) : undefined;
    },
  };
}

/** The fields of each decision type, in the order they are asked (the server checks the same). */
export const DECISION_FIELDS: Record<DecisionType, FieldSpec[]> = {
  CONTACT: [
    field('contactChannel', { name: 'channel', kind: 'select', required: true, options: CONTACT_CHANNEL_LABELS }),
    field('messageSummary', { name: 'messageSummary', kind: 'textarea', required: true, maxLength: 2000 }),
    field('outcome', { name: 'outcome', kind: 'select', required: true, options: CONTACT_OUTCOME_LABELS }),
    field('followUpDate', { name: 'followUpDate', kind: 'date', required: false }, true),
  ],
  REFERRAL: [
    field('referralChannel', { name: 'channel', kind: 'select', required: true, options: REFERRAL_CHANNEL_LABELS }),
    field('urgency', { name: 'urgency', kind: 'select', required: true, options: URGENCY_LABELS }),
    field('justification', { name: 'justification', kind: 'textarea', required: true, maxLength: 4000 }, true),
    field('externalReference', { name: 'externalReference', kind: 'text', required: false }, true),
  ],
  NO_ACTION: [
    field('noActionReason', { name: 'reason', kind: 'select', required: true, options: NO_ACTION_REASON_LABELS }),
    field('comment', { name: 'comment', kind: 'textarea', required: true, maxLength: 2000 }),
  ],
  DUPLICATE: [field('duplicateOf', { name: 'duplicateOf', kind: 'text', required: true }, true)],
  ESCALATE: [
    field('escalateReason', { name: 'reason', kind: 'textarea', required: true, maxLength: 2000 }, true),
  ],
};

export type DecisionValues = Partial<Record<DecisionField | 'supersedes', string>>;

/** Only the fields of the chosen type are sent, trimmed; empty ones are left out. */
export function toDecisionRequest(type: DecisionType, values: DecisionValues): DecisionRequest {
  const request: DecisionRequest = { type };
  for (const field of DECISION_FIELDS[type]) {
    const value = values[field.name]?.trim();
    if (value) request[field.name] = value;
  }
  const supersedes = values.supersedes?.trim();
  if (supersedes) request.supersedes = supersedes;
  return request;
}

export interface DecisionErrors {
  /** Field → message, for the fields of the form. */
  fields: Partial<Record<DecisionField | 'supersedes' | 'type', string>>;
  /** Messages that belong to no field shown. */
  general: string[];
}

/** A 422's errors, each next to its field (the half in the interface's language), the others listed apart. */
export function decisionErrors(type: DecisionType, problem: Problem): DecisionErrors {
  const shown = new Set<string>(['supersedes', 'type', ...DECISION_FIELDS[type].map((field) => field.name)]);
  const result: DecisionErrors = { fields: {}, general: [] };
  for (const error of problem.errors ?? []) {
    const message = localPart(error.message);
    if (shown.has(error.field)) {
      result.fields[error.field as DecisionField] = message;
    } else {
      result.general.push(t('report.decision.generalError', { field: error.field, message }));
    }
  }
  if (result.general.length === 0 && Object.keys(result.fields).length === 0 && problem.detail) {
    result.general.push(localPart(problem.detail));
  }
  return result;
}

/** Today in Paris as YYYY-MM-DD: the earliest follow-up date. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}
