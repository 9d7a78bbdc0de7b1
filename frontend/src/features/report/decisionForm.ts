import { frenchPart } from '../../lib/api/frenchPart';
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
  /** For a select: code → French label, in this order. */
  options?: Record<string, string>;
  help?: string;
  maxLength?: number;
}

/** The fields of each decision type, in the order they are asked (the server checks the same). */
export const DECISION_FIELDS: Record<DecisionType, FieldSpec[]> = {
  CONTACT: [
    { name: 'channel', label: 'Canal utilisé', kind: 'select', required: true, options: CONTACT_CHANNEL_LABELS },
    {
      name: 'messageSummary',
      label: 'Résumé du message envoyé',
      kind: 'textarea',
      required: true,
      maxLength: 2000,
    },
    { name: 'outcome', label: 'Résultat', kind: 'select', required: true, options: CONTACT_OUTCOME_LABELS },
    {
      name: 'followUpDate',
      label: 'Date de relance',
      kind: 'date',
      required: false,
      help: 'Le signalement revient dans « Mes relances » ce jour-là.',
    },
  ],
  REFERRAL: [
    { name: 'channel', label: 'Orienté vers', kind: 'select', required: true, options: REFERRAL_CHANNEL_LABELS },
    { name: 'urgency', label: 'Urgence', kind: 'select', required: true, options: URGENCY_LABELS },
    {
      name: 'justification',
      label: 'Justification',
      kind: 'textarea',
      required: true,
      maxLength: 4000,
      help: 'Les éléments qui fondent l’orientation : ils figurent dans la fiche de transmission.',
    },
    {
      name: 'externalReference',
      label: 'Référence externe',
      kind: 'text',
      required: false,
      help: 'Par exemple le numéro donné par la CRIP ou PHAROS.',
    },
  ],
  NO_ACTION: [
    { name: 'reason', label: 'Motif', kind: 'select', required: true, options: NO_ACTION_REASON_LABELS },
    { name: 'comment', label: 'Commentaire', kind: 'textarea', required: true, maxLength: 2000 },
  ],
  DUPLICATE: [
    {
      name: 'duplicateOf',
      label: 'Doublon du signalement n°',
      kind: 'text',
      required: true,
      help: 'L’identifiant du signalement déjà enregistré (voir « Signalements liés »).',
    },
  ],
  ESCALATE: [
    {
      name: 'reason',
      label: 'Motif de l’escalade',
      kind: 'textarea',
      required: true,
      maxLength: 2000,
      help: 'Ce qu’un·e coordinateur·rice doit trancher.',
    },
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
  /** Field → French message, for the fields of the form. */
  fields: Partial<Record<DecisionField | 'supersedes' | 'type', string>>;
  /** Messages that belong to no field shown. */
  general: string[];
}

/** A 422's errors, each next to its field (French part only), the others listed apart. */
export function decisionErrors(type: DecisionType, problem: Problem): DecisionErrors {
  const shown = new Set<string>(['supersedes', 'type', ...DECISION_FIELDS[type].map((field) => field.name)]);
  const result: DecisionErrors = { fields: {}, general: [] };
  for (const error of problem.errors ?? []) {
    const message = frenchPart(error.message);
    if (shown.has(error.field)) {
      result.fields[error.field as DecisionField] = message;
    } else {
      result.general.push(`${error.field} : ${message}`);
    }
  }
  if (result.general.length === 0 && Object.keys(result.fields).length === 0 && problem.detail) {
    result.general.push(frenchPart(problem.detail));
  }
  return result;
}

/** Today in Paris as YYYY-MM-DD: the earliest follow-up date. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);
}
