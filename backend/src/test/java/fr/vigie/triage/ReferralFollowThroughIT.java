package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.support.Workbenches;

/** A referral from PREPARED to ACKNOWLEDGED, and the packet the receiving service gets (French PDF and text). */
class ReferralFollowThroughIT extends EmbeddedServersTest {

    @Test
    void aReferralIsSentThenAcknowledgedAndTheListSaysWhatIsStillAwaited() {
        var bench = bench();
        UUID id = bench.processed(PARTNER_KEY, SyntheticReports.uniqueId("suivi"), "Annonce orientée vers la CRIP " + UUID.randomUUID());
        var worker = bench.person("orientation", Role.WORKER);
        var decided = Workbenches.decide(worker, id, Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT",
                "justification", "éléments d'âge concordants"));
        String decision = decided.body().get("id").asString();
        String base = "/api/v1/reports/" + id + "/referrals/" + decision;

        assertThat(state(worker, "PREPARED", decision)).isEqualTo("PREPARED");
        assertThat(worker.post(base + "/acknowledged", Map.of("reference", "IP-2026-0042")).status()).as("not sent yet").isEqualTo(409);
        var missing = worker.post(base + "/sent", Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("method");
        assertThat(worker.post(base + "/sent", Map.of("method", "PIGEON")).status()).isEqualTo(422);
        assertThat(worker.post(base + "/sent", Map.of("method", "EMAIL", "at", "2999-01-01T00:00:00Z")).body()
                .get("errors").get(0).get("field").asString()).isEqualTo("at");

        var sent = worker.post(base + "/sent", Map.of("method", "SECURE_PLATFORM", "recipient", "CRIP du Rhône"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().get("state").asString()).isEqualTo("SENT");
        assertThat(sent.body().get("sent").get("by").asString()).startsWith("orientation-");
        assertThat(worker.post(base + "/sent", Map.of("method", "EMAIL")).status()).as("once").isEqualTo(409);
        assertThat(state(worker, "SENT", decision)).isEqualTo("SENT");
        assertThat(state(worker, null, decision)).as("awaiting acknowledgement").isEqualTo("SENT");

        var acknowledged = worker.post(base + "/acknowledged", Map.of("reference", "IP-2026-0042"));
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.body().get("acknowledged").get("reference").asString()).isEqualTo("IP-2026-0042");
        assertThat(state(worker, null, decision)).as("no longer awaited").isNull();
        assertThat(state(worker, "ACKNOWLEDGED", decision)).isEqualTo("ACKNOWLEDGED");

        var detail = worker.get("/api/v1/reports/" + id).body();
        assertThat(detail.get("referrals").get(0).get("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(StreamSupport.stream(detail.get("history").spliterator(), false).map(h -> h.get("kind").asString() + ":"
                + h.get("type").asString()).toList()).containsExactly("DECISION:REFERRAL", "REFERRAL_STEP:SENT",
                        "REFERRAL_STEP:ACKNOWLEDGED");
    }

    @Test
    void thePacketIsAFrenchPdfWithTheLinkedReportsAndNoInternalNote() throws Exception {
        var bench = bench();
        String phone = "06 39 98 " + String.format("%02d %02d", (int) (Math.random() * 100), (int) (Math.random() * 100));
        var first = SyntheticReports.report(SyntheticReports.uniqueId("pdf"), "Lycéenne de 16 ans, dispo ce soir, appelle le " + phone);
        var second = SyntheticReports.report(SyntheticReports.uniqueId("pdf"), "Nouvelle annonce, même numéro " + phone + " « œuvre »");
        UUID id = send(first);
        UUID linked = send(second);
        var worker = bench.person("dossier", Role.WORKER);
        worker.post("/api/v1/reports/" + id + "/claim", Map.of());
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "soupçon interne à ne jamais transmettre", "shareable", false));
        assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "REFERRAL", "channel", "CRIP", "urgency",
                "IMMEDIATE", "justification", "âge déclaré 16 ans, disponibilité immédiate")).status()).isEqualTo(201);

        byte[] pdf = worker.getBytes("/api/v1/reports/" + id + "/referral-packet.pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
        assertThat(text).contains("Dossier de signalement", "Association émettrice", "Texte de l’annonce", "Lycéenne de 16 ans",
                "Motifs de priorité", "Signalements liés", linked.toString(), "Orientation / signalement",
                "Information préoccupante (CRIP)", "Immédiate (danger actuel)", "Âges indiqués : 16 ans", "Décisions");
        assertThat(text).doesNotContain("soupçon interne", "REFERRAL", "IMMEDIATE ");

        String mail = worker.getText("/api/v1/reports/" + id + "/referral-packet");
        assertThat(mail).contains("SIGNALEMENTS LIÉS", linked.toString(), "Information préoccupante (CRIP)")
                .doesNotContain("soupçon interne");
    }

    private UUID send(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> reports.deliveries(id) >= 1);
        return id;
    }

    /** The state of that referral in the list of referrals (optionally of one state); null if not listed. */
    private static String state(VigieApi person, String state, String decision) {
        var list = person.get("/api/v1/referrals" + (state == null ? "" : "?state=" + state));
        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> items = StreamSupport.stream(list.body().get("items").spliterator(), false).toList();
        return items.stream().filter(i -> i.get("decisionId").asString().equals(decision)).map(i -> i.get("state").asString())
                .findFirst().orElse(null);
    }
}
