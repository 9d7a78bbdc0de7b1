import type { Platform, Priority } from '../../api/types';

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
