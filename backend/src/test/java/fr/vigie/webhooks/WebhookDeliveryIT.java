package fr.vigie.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.identity.Role;
import fr.vigie.partners.PartnerDirectory;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.support.WebhookReceiver;
import fr.vigie.support.Workbenches;

/**
 * A partner's receiver, a real HTTP server on 127.0.0.1 (the tests run with
 * {@code vigie.webhooks.allow-loopback} and retries in milliseconds): it gets a signed delivery
 * after a decision, a failing receiver gets the retries, a replay is delivered again, and URLs that
 * lead to the internal network are refused before any connection.
 */
class WebhookDeliveryIT extends EmbeddedServersTest {

    @Autowired
    PartnerDirectory partners;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<WebhookReceiver> receivers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(int failures) throws IOException {
        return receiver(WebhookReceiver.failingFirst(failures));
    }

    private WebhookReceiver receiver(WebhookReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    @Test
    void aDecisionIsDeliveredSignedAndAReplayIsDeliveredAgain() throws Exception {
        var receiver = receiver(0);
        var partner = partners.create("recepteur-" + UUID.randomUUID());
        String key = issueKey(partner.id());
        var admin = admin();

        var set = admin.put("/api/v1/admin/partners/" + partner.id() + "/webhook", Map.of("url", receiver.url()));
        assertThat(set.status()).isEqualTo(200);
        String secret = set.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(admin.get("/api/v1/admin/partners/" + partner.id() + "/webhook").body().toString())
                .as("the secret is shown once").doesNotContain(secret);
        assertThat(jdbc.sql("select secret_sealed from partner_webhook where partner_id = :p").param("p", partner.id())
                .query(String.class).single()).as("stored sealed").doesNotContain(secret.substring(6));

        var bench = bench();
        String externalId = SyntheticReports.uniqueId("webhook");
        UUID id = bench.processed(key, externalId, "Annonce suivie par webhook " + UUID.randomUUID());
        var worker = bench.person("webhook-travailleuse", Role.WORKER);
        assertThat(worker.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "note interne à ne pas envoyer", "shareable", false));
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "La jeune a été contactée.", "shareable", true));
        assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "CONTACT", "channel", "SMS",
                "messageSummary", "présentation", "outcome", "REPLIED")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).until(() -> actioned(receiver.received(), id) != null);
        var delivered = actioned(receiver.received(), id);
        WebhookReceiver.verify(delivered, secret);
        var body = json.readTree(delivered.body());
        assertThat(fieldNames(body)).containsExactly("id", "externalId", "status", "outcome", "sharedNotes", "occurredAt");
        assertThat(body.get("externalId").asString()).isEqualTo(externalId);
        assertThat(body.get("outcome").asString()).isEqualTo("CONTACT");
        assertThat(body.get("sharedNotes").toString()).contains("La jeune a été contactée.");
        assertThat(delivered.body()).doesNotContain("note interne", "webhook-travailleuse");

        // the delivery log, then a replay of the same change: the same body, a new signature
        String deliveries = "/api/v1/admin/partners/" + partner.id() + "/webhook/deliveries";
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf(admin.get(deliveries).body(), id, "ACTIONED"), "DELIVERED"::equals);
        var logged = find(admin.get(deliveries).body(), id, "ACTIONED");
        assertThat(logged.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(204);
        int before = receiver.received().size();
        var replay = admin.post(deliveries + "/" + logged.get("id").asString() + "/replay", Map.of());
        assertThat(replay.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() > before);
        var replayed = receiver.received().get(receiver.received().size() - 1);
        assertThat(replayed.body()).isEqualTo(delivered.body());
        WebhookReceiver.verify(replayed, secret);
        assertThat(admin.post(deliveries + "/" + UUID.randomUUID() + "/replay", Map.of()).status()).isEqualTo(404);

        // a rotated secret: the new one signs, and the previous one still signs for a while
        String rotated = admin.post("/api/v1/admin/partners/" + partner.id() + "/webhook/secret", Map.of()).body().get("secret").asString();
        assertThat(rotated).isNotEqualTo(secret);
        int beforeRotation = receiver.received().size();
        admin.post(deliveries + "/" + logged.get("id").asString() + "/replay", Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() > beforeRotation);
        WebhookReceiver.verify(receiver.received().get(receiver.received().size() - 1), rotated);
        WebhookReceiver.verify(receiver.received().get(receiver.received().size() - 1), secret);
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheRetriesThenTheDelivery() throws Exception {
        // The claim (IN_REVIEW) and the decision (CLOSED) are two changes: the claim's may be delivered
        // on its own or found already closed, depending on when the relay reads it. The receiver
        // refuses the closing only, so the retries are the closing's whatever the timing.
        var receiver = receiver(WebhookReceiver.failingFirst(3, body -> body.contains("\"status\":\"CLOSED\"")));
        var partner = partners.create("recepteur-fragile-" + UUID.randomUUID());
        String key = issueKey(partner.id());
        var admin = admin();
        String secret = admin.put("/api/v1/admin/partners/" + partner.id() + "/webhook", Map.of("url", receiver.url()))
                .body().get("secret").asString();

        var bench = bench();
        UUID id = bench.processed(key, SyntheticReports.uniqueId("fragile"), "Annonce pour un récepteur fragile " + UUID.randomUUID());
        var worker = bench.person("webhook-fragile", Role.WORKER);
        assertThat(Workbenches.decide(worker, id, Map.of("type", "NO_ACTION", "reason", "ADULT_NO_RISK",
                "comment", "semble majeure")).status()).isEqualTo(201);

        String deliveries = "/api/v1/admin/partners/" + partner.id() + "/webhook/deliveries";
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(admin.get(deliveries).body(), id, "CLOSED"), "DELIVERED"::equals);
        var forReport = receiver.received().stream()
                .filter(r -> r.body().contains(id.toString()) && r.body().contains("\"status\":\"CLOSED\"")).toList();
        assertThat(forReport).as("three refused attempts, then the delivered one").hasSize(4);
        assertThat(forReport).allSatisfy(r -> WebhookReceiver.verify(r, secret));
        assertThat(forReport.stream().map(WebhookReceiver.Received::body).distinct()).as("the same body each time").hasSize(1);
        var gaps = java.util.stream.IntStream.range(1, forReport.size())
                .mapToObj(i -> Duration.between(forReport.get(i - 1).at(), forReport.get(i).at())).toList();
        assertThat(gaps.get(1)).as("the wait grows (exponential backoff)").isGreaterThan(gaps.get(0).minusMillis(100));
        var attempts = find(admin.get(deliveries).body(), id, "CLOSED").get("attemptLog");
        assertThat(StreamSupport.stream(attempts.spliterator(), false).map(a -> a.get("statusCode").asInt()).toList())
                .containsExactly(500, 500, 500, 204);
    }

    @Test
    void urlsThatLeadToTheInternalNetworkAreRefused() {
        var partner = partners.create("recepteur-interdit-" + UUID.randomUUID());
        var admin = admin();
        String webhook = "/api/v1/admin/partners/" + partner.id() + "/webhook";
        for (String url : List.of("https://10.1.2.3/hook", "https://127.0.0.1:8443/hook", "http://10.0.0.1/hook",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://169.254.169.254/latest/meta-data",
                "https://[::ffff:10.0.0.1]/hook", "https://192.168.1.10/hook", "https://intranet.prive.exemple.test/hook",
                "https://ula.prive.exemple.test/hook", "https://metadata.prive.exemple.test/hook", "ftp://partenaire.example/hook",
                "https://user:pass@partenaire.example/hook", "pas une adresse")) {
            boolean loopbackAllowedInTests = url.startsWith("https://127.") || url.startsWith("https://[::1]");
            if (loopbackAllowedInTests) {
                continue; // the tests allow loopback (their receivers); PublicAddressesTest covers it refused
            }
            var refused = admin.put(webhook, Map.of("url", url));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.contentType()).as(url).startsWith("application/problem+json");
            assertThat(refused.body().get("errors").get(0).get("field").asString()).as(url).isEqualTo("url");
        }
        assertThat(admin.put(webhook, Map.of()).status()).as("no url").isEqualTo(422);
        assertThat(admin.get(webhook).status()).as("nothing stored").isEqualTo(404);
        assertThat(admin.put("/api/v1/admin/partners/" + UUID.randomUUID() + "/webhook", Map.of("url", "https://127.0.0.1/x"))
                .status()).as("unknown partner").isEqualTo(404);
    }

    private static WebhookReceiver.Received actioned(List<WebhookReceiver.Received> got, UUID id) {
        return got.stream().filter(r -> r.body().contains(id.toString()) && r.body().contains("\"ACTIONED\"")).findFirst().orElse(null);
    }

    private VigieApi admin() {
        var admin = VigieApi.at(port);
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        return admin;
    }

    private static JsonNode find(JsonNode log, UUID reportId, String status) {
        return StreamSupport.stream(log.get("items").spliterator(), false)
                .filter(d -> d.get("reportId").asString().equals(reportId.toString()) && d.get("status").asString().equals(status)
                        && d.get("replayOf").isNull())
                .findFirst().orElse(null);
    }

    private static String stateOf(JsonNode log, UUID reportId, String status) {
        var delivery = find(log, reportId, status);
        return delivery == null ? null : delivery.get("state").asString();
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false).toList();
    }

    /** A new API key for the partner, as an administrator would issue it. */
    private String issueKey(UUID partnerId) {
        String key = "key-" + UUID.randomUUID();
        partners.addKey(partnerId, key);
        return key;
    }
}
