import type { DecisionType, Platform, Priority, ReporterConcern } from '../lib/api/types';

export const PRIORITY_LABELS: Record<Priority, string> = {
  P1: 'Immédiat',
  P2: 'Élevée',
  P3: 'À vérifier',
  P4: 'Faible',
};

export const PLATFORM_LABELS: Record<Platform, string> = {
  CLASSIFIED_AD: 'Annonces',
  SOCIAL_NETWORK: 'Réseau social',
  MESSAGING: 'Messagerie',
  DATING: 'Rencontre',
  FORUM: 'Forum',
  OTHER: 'Autre',
};

/** The statuses the queue can be filtered on, in the order of the workflow. */
export const STATUS_LABELS: Record<string, string> = {
  NEW: 'Nouveau',
  IN_REVIEW: 'En cours d’examen',
  ESCALATED: 'Escaladé (coordination)',
  ACTIONED: 'Traité',
  CLOSED: 'Clos',
  MERGED: 'Fusionné (même annonce)',
};

/** French label of a status; a code this version does not know is shown as is. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

/** French label of a platform; a code this version does not know is shown as is. */
export function platformLabel(platform: string): string {
  return (PLATFORM_LABELS as Record<string, string>)[platform] ?? platform;
}

export const CONCERN_LABELS: Record<ReporterConcern, string> = {
  LOW: 'Faible',
  MEDIUM: 'Moyen',
  HIGH: 'Élevé',
  IMMEDIATE_DANGER: 'Danger immédiat',
};

/** French label of the sender's concern; a code this version does not know is shown as is. */
export function concernLabel(concern: string): string {
  return (CONCERN_LABELS as Record<string, string>)[concern] ?? concern;
}

/** Decision types in the words child protection uses. */
export const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  CONTACT: 'Prise de contact',
  REFERRAL: 'Orientation / signalement',
  NO_ACTION: 'Sans suite',
  DUPLICATE: 'Doublon',
  ESCALATE: 'Escalade vers un·e coordinateur·rice',
};

/** French label of a decision type; a type this version does not know is shown as is. */
export function decisionTypeLabel(type: string): string {
  return (DECISION_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/** A shift's scope: « Annonces · dép. 69, 2A », or « toute la file » when nothing limits it. */
export function scopeLabel(platforms: string[], departments: string[]): string {
  const parts = [
    platforms.map(platformLabel).join(', '),
    departments.length > 0 ? `dép. ${departments.join(', ')}` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'toute la file' : parts.join(' · ');
}
