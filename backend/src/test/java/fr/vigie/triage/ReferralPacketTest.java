package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The packet a protection channel receives, as the text of an e-mail: the facts in French words
 * (no English codes), Paris time, the association's details, the linked reports, and never an
 * internal note.
 */
class ReferralPacketTest {

    private static final UUID ID = UUID.fromString("7d7f5b8e-0000-4000-8000-000000000001");
    private static final UUID LINKED = UUID.fromString("7d7f5b8e-0000-4000-8000-000000000002");
    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-07-14T08:05:00Z");
    private static final AssociationProperties ASSOCIATION = new AssociationProperties("Association Exemple Maraude",
            "1 rue de l'Exemple, 69003 Lyon", "01 99 00 12 34", "contact@association.example", "Camille Exemple");

    private static ReportDetail report(String url, ReportDetail.Location location, ReportEntities entities,
            List<Signal> signals, List<LinkedReport> linked, List<HistoryEntry> history) {
        return new ReportDetail(ID, 1, PriorityBand.P1, 95, signals, entities, ReportStatus.IN_REVIEW, "CLASSIFIED_AD",
                "Exemple Annonces", url, "Texte fictif : 16 ans, dispo ce soir.", OBSERVED, RECEIVED, location,
                List.of("06 39 98 01 02"), "HIGH", "note du signalant", "exemple-partenaire", null, List.of(), linked,
                null, history, List.of());
    }

    private static String packet(ReportDetail report) {
        return ReferralPacket.text(ReferralDossier.of(report, ASSOCIATION, Instant.parse("2026-11-28T10:00:00Z")));
    }

    private static HistoryEntry decision(String type, Map<String, String> details) {
        return new HistoryEntry("DECISION", UUID.randomUUID(), type, "camille", Instant.parse("2026-11-28T09:30:00Z"),
                details, null, DecisionStates.RECORDED);
    }

    private static HistoryEntry note(String type, String text) {
        return new HistoryEntry("NOTE", UUID.randomUUID(), type, "camille", Instant.parse("2026-11-28T09:00:00Z"),
                Map.of("text", text), null, null);
    }

    @Test
    void thePacketStatesTheFactsInFrenchWordsAtParisTime() {
        var details = new LinkedHashMap<String, String>();
        details.put("channel", "CRIP");
        details.put("urgency", "URGENT");
        var packet = packet(report("https://example.org/annonces/1",
                new ReportDetail.Location("Lyon", "69003", "69"),
                new ReportEntities(List.of("+33639980102"), List.of("exemple_demo"), List.of(16), List.of(2010),
                        List.of("3e"), List.of("Lyon")),
                List.of(new Signal("STATED_MINOR_AGE", "Âge de mineur indiqué", "16 ans", List.of(new Signal.Range(17, 23))),
                        new Signal("REPORTER_CONCERN", "Inquiétude du signalant", null, List.of())),
                List.of(new LinkedReport(LINKED, PriorityBand.P2, ReportStatus.NEW, List.of("+33639980102"))),
                List.of(decision("REFERRAL", details))));

        assertThat(packet)
                .contains("Nom : Association Exemple Maraude\n", "Téléphone : 01 99 00 12 34\n")
                .contains("Référence Vigie : " + ID + "\n")
                .contains("Priorité : P1 – immédiat (score 95)\n")
                .contains("Vu le : 27 novembre 2026 à 22:14\n")
                .contains("Reçu le : 14 juillet 2026 à 10:05\n")
                .contains("Plateforme : Site d’annonces — Exemple Annonces\n")
                .contains("https://example.org/annonces/1\n")
                .contains("Lieu : 69003 Lyon (69)\n")
                .contains("Texte fictif : 16 ans, dispo ce soir.\n")
                .contains("Téléphones : +33639980102\n")
                .contains("Pseudonymes : @exemple_demo\n")
                .contains("Âges indiqués : 16 ans\n")
                .contains("Années de naissance : 2010\n")
                .contains("Scolarité : 3e\n")
                .contains("Contacts déclarés par le signalant : 06 39 98 01 02\n")
                .contains("- Âge de mineur indiqué : « 16 ans »\n")
                .contains("- Inquiétude du signalant\n")
                .contains("- Signalement " + LINKED + " — P2 – élevée — Nouveau — contact partagé : +33639980102\n")
                .contains("- 28 novembre 2026 à 10:30 — Orientation / signalement, par camille (enregistrée)\n")
                .contains("    Canal : Information préoccupante (CRIP)\n    Urgence : Urgente\n");
        assertThat(packet).as("no English code").doesNotContain("REFERRAL", "CLASSIFIED_AD", "URGENT\n", "channel :", "IN_REVIEW");
    }

    @Test
    void aContactIsWrittenInWordsItsFollowUpAsAFrenchDate() {
        var details = new LinkedHashMap<String, String>();
        details.put("channel", "SMS");
        details.put("outcome", "REPLIED");
        details.put("followUpDate", "2026-12-03");
        var packet = packet(report(null, null, ReportEntities.none(), List.of(), List.of(), List.of(decision("CONTACT", details))));

        assertThat(packet).contains("Prise de contact, par camille (enregistrée)\n",
                "    Canal : SMS\n    Résultat : A répondu\n    Date de relance : 3 décembre 2026\n");
        assertThat(packet).as("no code, no ISO date").doesNotContain("REPLIED", "CONTACT,", "2026-12-03", "followUpDate");
    }

    @Test
    void whatIsUnknownIsLeftOut() {
        var packet = packet(report(null, null, ReportEntities.none(), List.of(), List.of(), List.of()));

        assertThat(packet).doesNotContain("Adresse de l’annonce").doesNotContain("Lieu").doesNotContain("Téléphones")
                .doesNotContain("Pseudonymes").doesNotContain("Âges");
        assertThat(packet).contains("Aucun signalement lié.", "Aucune décision à ce jour.");
        assertThat(packet(report(null, new ReportDetail.Location(null, null, null), ReportEntities.none(), List.of(), List.of(),
                List.of()))).as("an empty place is no place").doesNotContain("Lieu");
    }

    @Test
    void sharedNotesGoInInternalNotesNever() {
        var packet = packet(report(null, null, ReportEntities.none(), List.of(), List.of(),
                List.of(note("INTERNAL", "Piste interne à ne pas diffuser"), note("SHAREABLE", "Suivi par l'ASE du Rhône"))));

        assertThat(packet).contains("- 28 novembre 2026 à 10:00 : Suivi par l'ASE du Rhône\n").doesNotContain("Piste interne");
        assertThat(packet).as("notes are not decisions").doesNotContain("INTERNAL");
    }
}
