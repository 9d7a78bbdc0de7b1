package fr.vigie.statistics;

import java.time.Duration;
import java.util.Map;

/** The codes of the figures in the words of the French reports for funders. */
final class FrenchLabels {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("P1", "P1 — immédiate"), Map.entry("P2", "P2 — haute"),
            Map.entry("P3", "P3 — à vérifier"), Map.entry("P4", "P4 — basse"),
            Map.entry("NEW", "Nouveau"), Map.entry("IN_REVIEW", "En cours d'examen"), Map.entry("ESCALATED", "Transmis à la coordination"),
            Map.entry("PENDING_APPROVAL", "En attente de seconde approbation"),
            Map.entry("ACTIONED", "Suivi engagé"), Map.entry("CLOSED", "Clos"), Map.entry("MERGED", "Doublon d'une annonce déjà vue"),
            Map.entry("CONTACT", "Prise de contact"), Map.entry("REFERRAL", "Orientation / signalement"),
            Map.entry("NO_ACTION", "Sans suite"), Map.entry("DUPLICATE", "Doublon"), Map.entry("ESCALATE", "Transmission à la coordination"),
            Map.entry("CRIP", "CRIP (information préoccupante)"), Map.entry("PROSECUTOR", "Procureur de la République"),
            Map.entry("SNATED_119", "119 — SNATED"), Map.entry("PHAROS", "PHAROS"),
            Map.entry("POLICE", "Police / gendarmerie (BPM, OFMIN)"), Map.entry("PARTNER_ASSOCIATION", "Association partenaire"),
            Map.entry("CLASSIFIED_AD", "Site d'annonces"), Map.entry("SOCIAL_NETWORK", "Réseau social"),
            Map.entry("MESSAGING", "Messagerie"), Map.entry("DATING", "Site de rencontre"), Map.entry("FORUM", "Forum"),
            Map.entry("OTHER", "Autre"));

    private FrenchLabels() {
    }

    static String of(String code) {
        return CODES.getOrDefault(code, code);
    }

    static String department(String code) {
        return code == null || code.isEmpty() ? "Non renseigné" : code;
    }

    /** "45 s", "12 min", "2 h 05", "3 j 4 h": what a reader takes in at a glance. */
    static String duration(String iso) {
        if (iso == null) {
            return "—";
        }
        var d = Duration.parse(iso);
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return d.toMinutes() + " min";
        }
        if (seconds < 86_400) {
            return d.toHours() + " h " + String.format("%02d", d.toMinutesPart());
        }
        return d.toDays() + " j " + d.toHoursPart() + " h";
    }
}
