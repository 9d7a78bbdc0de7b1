import { REFERRAL_CHANNEL_LABELS } from '../../components/labels';

export const CONTACT_CHANNEL_LABELS: Record<string, string> = {
  SMS: 'SMS',
  PHONE: 'Appel téléphonique',
  WHATSAPP: 'WhatsApp',
  SNAPCHAT: 'Snapchat',
  INSTAGRAM: 'Instagram',
  TELEGRAM: 'Telegram',
  EMAIL: 'Courriel',
  PLATFORM_MESSAGE: 'Messagerie de la plateforme',
  OTHER: 'Autre',
};

export const CONTACT_OUTCOME_LABELS: Record<string, string> = {
  NO_REPLY: 'Pas de réponse',
  REPLIED: 'A répondu',
  REFUSED: 'A refusé l’échange',
  ACCEPTED_HELP: 'A accepté une aide',
};

// Shared with the follow-through lists: the channels' words live with the other common labels.
export { REFERRAL_CHANNEL_LABELS };

export const URGENCY_LABELS: Record<string, string> = {
  IMMEDIATE: 'Immédiate (danger actuel)',
  URGENT: 'Urgente',
  NORMAL: 'Normale',
};

export const NO_ACTION_REASON_LABELS: Record<string, string> = {
  ADULT_NO_RISK: 'Personne majeure, sans signe de risque',
  NOT_ENOUGH_INFORMATION: 'Pas assez d’éléments',
  AD_REMOVED: 'Annonce retirée',
  OUT_OF_SCOPE: 'Hors du champ de l’association',
  ALREADY_HANDLED: 'Situation déjà prise en charge',
  OTHER: 'Autre motif',
};

/** Labels of the fields of a decision, as sent and as shown in the history. */
export const DECISION_FIELD_LABELS: Record<string, string> = {
  type: 'Type de décision',
  channel: 'Canal',
  messageSummary: 'Résumé du message envoyé',
  outcome: 'Résultat',
  followUpDate: 'Date de relance',
  urgency: 'Urgence',
  justification: 'Justification',
  externalReference: 'Référence externe',
  reason: 'Motif',
  comment: 'Commentaire',
  duplicateOf: 'Doublon du signalement n°',
  supersedes: 'Remplace la décision',
  text: 'Texte',
};

/** A decision's stored value in French: codes through their list, free text as it is. */
export function detailValue(type: string, field: string, value: string): string {
  const lists: Record<string, Record<string, string>> = {
    channel: type === 'REFERRAL' ? REFERRAL_CHANNEL_LABELS : CONTACT_CHANNEL_LABELS,
    outcome: CONTACT_OUTCOME_LABELS,
    urgency: URGENCY_LABELS,
    reason: type === 'NO_ACTION' ? NO_ACTION_REASON_LABELS : {},
  };
  return lists[field]?.[value] ?? value;
}
