import { catalogueLabels, REFERRAL_CHANNEL_LABELS } from '../../components/labels';

export const CONTACT_CHANNEL_LABELS: Record<string, string> = catalogueLabels('contactChannel', ['SMS', 'PHONE', 'WHATSAPP', 'SNAPCHAT', 'INSTAGRAM', 'TELEGRAM', 'EMAIL', 'PLATFORM_MESSAGE', 'OTHER']);

export const CONTACT_OUTCOME_LABELS: Record<string, string> = catalogueLabels('contactOutcome', ['NO_REPLY', 'REPLIED', 'REFUSED', 'ACCEPTED_HELP']);

// Shared with the follow-through lists: the channels' words live with the other common labels.
export { REFERRAL_CHANNEL_LABELS };

export const URGENCY_LABELS: Record<string, string> = catalogueLabels('urgency', ['IMMEDIATE', 'URGENT', 'NORMAL']);

export const NO_ACTION_REASON_LABELS: Record<string, string> = catalogueLabels('noActionReason', ['ADULT_NO_RISK', 'NOT_ENOUGH_INFORMATION', 'AD_REMOVED', 'OUT_OF_SCOPE', 'ALREADY_HANDLED', 'OTHER']);

/** Labels of the fields of a decision, as sent and as shown in the history. */
export const DECISION_FIELD_LABELS: Record<string, string> = catalogueLabels('decisionField', ['type', 'channel', 'messageSummary', 'outcome', 'followUpDate', 'urgency', 'justification', 'externalReference', 'reason', 'comment', 'duplicateOf', 'supersedes', 'text']);

/** A decision's stored value in words (the interface's language): codes through their list, free text as it is. */
export function detailValue(type: string, field: string, value: string): string {
  const lists: Record<string, Record<string, string>> = {
    channel: type === 'REFERRAL' ? REFERRAL_CHANNEL_LABELS : CONTACT_CHANNEL_LABELS,
    outcome: CONTACT_OUTCOME_LABELS,
    urgency: URGENCY_LABELS,
    reason: type === 'NO_ACTION' ? NO_ACTION_REASON_LABELS : {},
  };
  return lists[field]?.[value] ?? value;
}
