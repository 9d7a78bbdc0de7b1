import type { DecisionType, Platform, Priority, ReporterConcern } from '../lib/api/types';
import { t } from '../lib/i18n';

/**
 * The labels of one group of codes, read from the catalogue each time one is shown, so that they
 * follow the language chosen; a code outside the list reads as undefined (callers show it as is).
 */
export function catalogueLabels<K extends string>(group: string, codes: readonly K[]): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const code of codes) {
    Object.defineProperty(labels, code, { enumerable: true, get: () => t(`labels.${group}.${code}`) });
  }
  return labels;
}

export const PRIORITY_LABELS: Record<Priority, string> = catalogueLabels('priority', ['P1', 'P2', 'P3', 'P4']);

export const PLATFORM_LABELS: Record<Platform, string> = catalogueLabels('platform', ['CLASSIFIED_AD', 'SOCIAL_NETWORK', 'MESSAGING', 'DATING', 'FORUM', 'OTHER']);

/** The statuses the queue can be filtered on, in the order of the workflow. */
export const STATUS_LABELS: Record<string, string> = catalogueLabels('status', ['NEW', 'IN_REVIEW', 'ESCALATED', 'PENDING_APPROVAL', 'ACTIONED', 'CLOSED', 'MERGED']);

/** The label of a status; a code this version does not know is shown as is. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** The label of a platform; a code this version does not know is shown as is. */
export function platformLabel(platform: string): string {
  return (PLATFORM_LABELS as Record<string, string>)[platform] ?? platform;
}

export const CONCERN_LABELS: Record<ReporterConcern, string> = catalogueLabels('concern', ['LOW', 'MEDIUM', 'HIGH', 'IMMEDIATE_DANGER']);

/** The label of the sender's concern; a code this version does not know is shown as is. */
export function concernLabel(concern: string): string {
  return (CONCERN_LABELS as Record<string, string>)[concern] ?? concern;
}

/** Decision types in the words child protection uses. */
export const DECISION_TYPE_LABELS: Record<DecisionType, string> = catalogueLabels('decisionType', ['CONTACT', 'REFERRAL', 'NO_ACTION', 'DUPLICATE', 'ESCALATE']);

/** The label of a decision type; a type this version does not know is shown as is. */
export function decisionTypeLabel(type: string): string {
  return (DECISION_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/** A shift's scope: « Annonces · dép. 69, 2A », or « toute la file » when nothing limits it. */
export function scopeLabel(platforms: string[], departments: string[]): string {
  const parts = [
    platforms.map(platformLabel).join(', '),
    departments.length > 0 ? t('labels.scope.departments', { departments: departments.join(', ') }) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? t('labels.scope.all') : parts.join(' · ');
}

/** Where a decision stands: counts at once, waits for a second coordinator, approved or rejected. */
export const DECISION_STATE_LABELS: Record<string, string> = catalogueLabels('decisionState', ['RECORDED', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED']);

/** A referral's follow-through. */
export const REFERRAL_STATE_LABELS: Record<string, string> = catalogueLabels('referralState', ['PREPARED', 'SENT', 'ACKNOWLEDGED']);

/** How a referral was sent (the server's list). */
export const SEND_METHOD_LABELS: Record<string, string> = catalogueLabels('sendMethod', ['EMAIL', 'SECURE_PLATFORM', 'POSTAL_MAIL', 'PHONE', 'FAX', 'HAND_DELIVERED', 'OTHER']);

/** Protection channels a referral goes to. */
export const REFERRAL_CHANNEL_LABELS: Record<string, string> = catalogueLabels('channel', ['CRIP', 'PROSECUTOR', 'SNATED_119', 'PHAROS', 'POLICE', 'PARTNER_ASSOCIATION']);
