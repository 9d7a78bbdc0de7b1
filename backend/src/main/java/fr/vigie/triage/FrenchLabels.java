package fr.vigie.triage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The workbench's codes in the words of French child protection, for what leaves Vigie on paper
 * or by e-mail (the referral packet): a CRIP or a prosecutor's office reads « Orientation vers
 * la police », not {@code REFERRAL POLICE}. The front end has the same words in
 * {@code decisionLabels.ts} and {@code labels.ts}. A code without a label is shown as it is.
 */
final class FrenchLabels {

    static final Map<String, String> DECISION_TYPES = Map.of(
            "CONTACT", "Prise de contact",
            "REFERRAL", "Orientation / signalement",
            "NO_ACTION", "Sans suite",
            "DUPLICATE", "Doublon",
            "ESCALATE", "Escalade vers un·e coordinateur·rice");

    static final Map<String, String> REFERRAL_CHANNELS = Map.of(
            "CRIP", "Information préoccupante (CRIP)",
            "PROSECUTOR", "Signalement au procureur de la République",
            "SNATED_119", "119 – SNATED",
            "PHAROS", "PHAROS",
            "POLICE", "Police (brigade de protection des mineurs / OFMIN)",
            "PARTNER_ASSOCIATION", "Association partenaire");

    static final Map<String, String> CONTACT_CHANNELS = Map.of(
            "SMS", "SMS", "PHONE", "Appel téléphonique", "WHATSAPP", "WhatsApp", "SNAPCHAT", "Snapchat",
            "INSTAGRAM", "Instagram", "TELEGRAM", "Telegram", "EMAIL", "Courriel",
            "PLATFORM_MESSAGE", "Messagerie de la plateforme", "OTHER", "Autre");

    static final Map<String, String> CONTACT_OUTCOMES = Map.of(
            "NO_REPLY", "Pas de réponse", "REPLIED", "A répondu", "REFUSED", "A refusé l’échange",
            "ACCEPTED_HELP", "A accepté une aide");

    static final Map<String, String> URGENCIES = Map.of(
            "IMMEDIATE", "Immédiate (danger actuel)", "URGENT", "Urgente", "NORMAL", "Normale");

    static final Map<String, String> NO_ACTION_REASONS = Map.of(
            "ADULT_NO_RISK", "Personne majeure, sans signe de risque",
            "NOT_ENOUGH_INFORMATION", "Pas assez d’éléments",
            "AD_REMOVED", "Annonce retirée",
            "OUT_OF_SCOPE", "Hors du champ de l’association",
            "ALREADY_HANDLED", "Situation déjà prise en charge",
            "OTHER", "Autre motif");

    static final Map<String, String> PLATFORMS = Map.of(
            "CLASSIFIED_AD", "Site d’annonces", "SOCIAL_NETWORK", "Réseau social", "MESSAGING", "Messagerie",
            "DATING", "Site de rencontre", "FORUM", "Forum", "OTHER", "Autre");

    static final Map<String, String> CONCERNS = Map.of(
            "LOW", "Faible", "MEDIUM", "Moyenne", "HIGH", "Élevée", "IMMEDIATE_DANGER", "Danger immédiat");

    static final Map<String, String> STATUSES = Map.of(
            "NEW", "Nouveau", "IN_REVIEW", "En cours d’examen", "ESCALATED", "Escaladé (coordination)",
            "PENDING_APPROVAL", "En attente de seconde approbation", "ACTIONED", "Traité", "CLOSED", "Clos",
            "MERGED", "Fusionné (même annonce)");

    static final Map<String, String> BANDS = Map.of(
            "P1", "P1 – immédiat", "P2", "P2 – élevée", "P3", "P3 – à vérifier", "P4", "P4 – faible");

    static final Map<String, String> DECISION_STATES = Map.of(
            DecisionStates.RECORDED, "enregistrée",
            DecisionStates.PENDING_APPROVAL, "en attente de seconde approbation",
            DecisionStates.APPROVED, "approuvée par un·e second·e coordinateur·rice",
            DecisionStates.REJECTED, "refusée en seconde approbation");

    static final Map<String, String> REFERRAL_STATES = Map.of(
            ReferralProgress.PREPARED, "préparée, pas encore envoyée",
            ReferralProgress.SENT, "envoyée, en attente d’accusé de réception",
            ReferralProgress.ACKNOWLEDGED, "reçue par le service");

    static final Map<String, String> SEND_METHODS = Map.of(
            "EMAIL", "Courriel", "SECURE_PLATFORM", "Plateforme sécurisée", "POSTAL_MAIL", "Courrier postal",
            "PHONE", "Téléphone", "FAX", "Télécopie", "HAND_DELIVERED", "Remis en main propre", "OTHER", "Autre");

    static final Map<String, String> MATCHED_ON = Map.of("URL", "même adresse", "TEXT", "même texte");

    /** The fields of a decision's details. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("channel", "Canal"),
            Map.entry("messageSummary", "Résumé du message envoyé"),
            Map.entry("outcome", "Résultat"),
            Map.entry("followUpDate", "Date de relance"),
            Map.entry("urgency", "Urgence"),
            Map.entry("justification", "Justification"),
            Map.entry("externalReference", "Référence externe"),
            Map.entry("reason", "Motif"),
            Map.entry("comment", "Commentaire"),
            Map.entry("duplicateOf", "Doublon du signalement"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** « 3 décembre 2026 » rather than 2026-12-03, which a service reads as a code; kept as it is if unreadable. */
    private static String frenchDate(String isoDate) {
        try {
            return DAY.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException unreadable) {
            return isoDate;
        }
    }

    private FrenchLabels() {
    }

    static String of(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    /** A decision's stored value in French: codes through their list, free text as it is. */
    static String detail(String type, String field, String value) {
        if ("followUpDate".equals(field)) {
            return frenchDate(value);
        }
        Map<String, String> labels = switch (field) {
            case "channel" -> "REFERRAL".equals(type) ? REFERRAL_CHANNELS : CONTACT_CHANNELS;
            case "outcome" -> CONTACT_OUTCOMES;
            case "urgency" -> URGENCIES;
            case "reason" -> "NO_ACTION".equals(type) ? NO_ACTION_REASONS : Map.of();
            default -> Map.of();
        };
        return of(labels, value);
    }
}
