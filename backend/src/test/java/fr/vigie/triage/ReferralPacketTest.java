package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The packet a protection channel receives: the facts in French, Paris time, and never an internal note. */
class ReferralPacketTest {

    private static final UUID ID = UUID.fromString("7d7f5b8e-0000-4000-8000-000000000001");
    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-07-14T08:05:00Z");

    private static ReportDetail report(String url, ReportDetail.Location location, ReportEntities entities,
            List<Signal> signals, List<HistoryEntry> history) {
        return new ReportDetail(ID, 1, PriorityBand.P1, 95, signals, entities, ReportStatus.IN_REVIEW, "CLASSIFIED_AD",
                "Exemple Annonces", url, "Texte fictif : 16 ans, dispo ce soir.", OBSERVED, RECEIVED, location,
                List.of("06 39 98 01 02"), "HIGH", "note du signalant", "exemple-partenaire", null, List.of(), List.of(),
                null, history);
    }

    private static HistoryEntry decision(String type, Map<String, String> details) {
        return new HistoryEntry("DECISION", UUID.randomUUID(), type, "camille", Instant.parse("2026-11-28T09:30:00Z"),
                details, null);
    }

    private static HistoryEntry note(String type, String text) {
        return new HistoryEntry("NOTE", UUID.randomUUID(), type, "camille", Instant.parse("2026-11-28T09:00:00Z"),
                Map.of("text", text), null);
    }

    @Test
    void thePacketStatesTheFactsInFrenchAtParisTime() {
        var details = new LinkedHashMap<String, String>();
        details.put("channel", "CRIP");
        details.put("urgency", "URGENT");
        var packet = ReferralPacket.of(report("https://example.org/annonces/1",
                new ReportDetail.Location("Lyon", "69003", "69"),
                new ReportEntities(List.of("+33639980102"), List.of("exemple_demo"), List.of(16), List.of(2010),
                        List.of("3e"), List.of("Lyon")),
                List.of(new Signal("STATED_MINOR_AGE", "Âge de mineur indiqué", "16 ans", List.of(new Signal.Range(17, 23))),
                        new Signal("REPORTER_CONCERN", "Inquiétude du signalant", null, List.of())),
                List.of(decision("REFERRAL", details))));

        assertThat(packet).startsWith("SIGNALEMENT " + ID + "\n")
                .contains("Priorité : P1 (score 95)\n")
                .contains("Vu le : 27 novembre 2026 à 22:14\n")
                .contains("Reçu le : 14 juillet 2026 à 10:05\n")
                .contains("Plateforme : CLASSIFIED_AD — Exemple Annonces\n")
                .contains("Adresse (non consultée par Vigie) : https://example.org/annonces/1\n")
                .contains("Lieu : Lyon 69003 (69)\n")
                .contains("\nTEXTE DE L'ANNONCE\nTexte fictif : 16 ans, dispo ce soir.\n")
                .contains("Téléphones : +33639980102\n")
                .contains("Pseudonymes : exemple_demo\n")
                .contains("Âges indiqués : 16\n")
                .contains("Années de naissance : 2010\n")
                .contains("Scolarité : 3e\n")
                .contains("Contacts déclarés : 06 39 98 01 02\n")
                .contains("- Âge de mineur indiqué : « 16 ans »\n")
                .contains("- Inquiétude du signalant\n")
                .contains("- 28 novembre 2026 à 10:30 REFERRAL par camille\n    channel : CRIP\n    urgency : URGENT\n");
    }

    @Test
    void whatIsUnknownIsLeftOut() {
        var packet = ReferralPacket.of(report(null, null, ReportEntities.none(), List.of(), List.of()));

        assertThat(packet).doesNotContain("Adresse").doesNotContain("Lieu").doesNotContain("Téléphones")
                .doesNotContain("Pseudonymes").doesNotContain("Âges");
        assertThat(ReferralPacket.of(report(null, new ReportDetail.Location(null, "69003", null), ReportEntities.none(),
                List.of(), List.of()))).as("a postal code alone is no place").doesNotContain("Lieu");
    }

    @Test
    void sharedNotesGoInInternalNotesNever() {
        var packet = ReferralPacket.of(report(null, null, ReportEntities.none(), List.of(),
                List.of(note("INTERNAL", "Piste interne à ne pas diffuser"), note("SHAREABLE", "Suivi par l'ASE du Rhône"))));

        assertThat(packet).contains("Note : Suivi par l'ASE du Rhône\n").doesNotContain("Piste interne");
        assertThat(packet).as("notes are not decisions").doesNotContain("INTERNAL par");
    }
}
