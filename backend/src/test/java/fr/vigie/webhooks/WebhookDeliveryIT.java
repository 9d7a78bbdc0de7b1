package fr.vigie.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sun.net.httpserver.HttpServer;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.partners.PartnerDirectory;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.support.Workbenches;

/**
 * A partner's receiver, a real HTTP server on 127.0.0.1 (the tests run with
 * {@code vigie.webhooks.allow-loopback} and retries in milliseconds): it gets a signed delivery
 * after a decision, a failing receiver gets the retries, a replay is delivered again, and URLs that
 * lead to the internal network are refused before any connection.
 */
class WebhookDeliveryIT extends EmbeddedServersTest {

    /** One request the receiver got. */
    record Received(String signature, String body, Instant at) {
    }

    @Autowired
    UserAccounts users;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<HttpServer> receivers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(r -> r.stop(0));
    }

    @Test
    void aDecisionIsDeliveredSignedAndAReplayIsDeliveredAgain() throws Exception {
        var got = new CopyOnWriteArrayList<Received>();
        var receiver = receiver(got, new AtomicInteger(0));
        var partner = partners.create("recepteur-" + UUID.randomUUID());
        String key = issueKey(partner.id());
        var admin = admin();

        var set = admin.put("/api/v1/admin/partners/" + partner.id() + "/webhook", Map.of("url", url(receiver)));
        assertThat(set.status()).isEqualTo(200);
        String secret = set.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(admin.get("/api/v1/admin/partners/" + partner.id() + "/webhook").body().toString())
                .as("the secret is shown once").doesNotContain(secret);
        assertThat(jdbc.sql("select secret_sealed from partner_webhook where partner_id = :p").param("p", partner.id())
                .query(String.class).single()).as("stored sealed").doesNotContain(secret.substring(6));

        var bench = new Workbenches(port, users, reports);
        String externalId = SyntheticReports.uniqueId("webhook");
        UUID id = bench.processed(key, externalId, "Annonce suivie par webhook " + UUID.randomUUID());
        var worker = bench.person("webhook-travailleuse", Role.WORKER);
        assertThat(worker.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "note interne à ne pas envoyer", "shareable", false));
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "La jeune a été contactée.", "shareable", true));
        assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "CONTACT", "channel", "SMS",
                "messageSummary", "présentation", "outcome", "REPLIED")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).until(() -> actioned(got, id) != null);
        var delivered = actioned(got, id);
        verify(delivered, secret);
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
        int before = got.size();
        var replay = admin.post(deliveries + "/" + logged.get("id").asString() + "/replay", Map.of());
        assertThat(replay.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> got.size() > before);
        var replayed = got.get(got.size() - 1);
        assertThat(replayed.body()).isEqualTo(delivered.body());
        verify(replayed, secret);
        assertThat(admin.post(deliveries + "/" + UUID.randomUUID() + "/replay", Map.of()).status()).isEqualTo(404);

        // a rotated secret: the new one signs, and the previous one still signs for a while
        String rotated = admin.post("/api/v1/admin/partners/" + partner.id() + "/webhook/secret", Map.of()).body().get("secret").asString();
        assertThat(rotated).isNotEqualTo(secret);
        int beforeRotation = got.size();
        admin.post(deliveries + "/" + logged.get("id").asString() + "/replay", Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> got.size() > beforeRotation);
        verify(got.get(got.size() - 1), rotated);
        verify(got.get(got.size() - 1), secret);
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheRetriesThenTheDelivery() throws Exception {
        var got = new CopyOnWriteArrayList<Received>();
        var failures = new AtomicInteger(3);
        var receiver = receiver(got, failures);
        var partner = partners.create("recepteur-fragile-" + UUID.randomUUID());
        String key = issueKey(partner.id());
        var admin = admin();
        String secret = admin.put("/api/v1/admin/partners/" + partner.id() + "/webhook", Map.of("url", url(receiver)))
                .body().get("secret").asString();

        var bench = new Workbenches(port, users, reports);
        UUID id = bench.processed(key, SyntheticReports.uniqueId("fragile"), "Annonce pour un récepteur fragile " + UUID.randomUUID());
        var worker = bench.person("webhook-fragile", Role.WORKER);
        assertThat(Workbenches.decide(worker, id, Map.of("type", "NO_ACTION", "reason", "ADULT_NO_RISK",
                "comment", "semble majeure")).status()).isEqualTo(201);

        String deliveries = "/api/v1/admin/partners/" + partner.id() + "/webhook/deliveries";
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf(admin.get(deliveries).body(), id, "CLOSED"), "DELIVERED"::equals);
        var forReport = got.stream().filter(r -> r.body().contains(id.toString())).toList();
        assertThat(forReport).as("three refused attempts, then the delivered one").hasSize(4);
        assertThat(forReport).allSatisfy(r -> verify(r, secret));
        assertThat(forReport.stream().map(Received::body).distinct()).as("the same body each time").hasSize(1);
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

    private static String url(HttpServer receiver) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/vigie";
    }

    /** A receiver that answers 500 while {@code failures} is positive, then 204. */
    private HttpServer receiver(List<Received> got, AtomicInteger failures) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/vigie", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            got.add(new Received(exchange.getRequestHeaders().getFirst("Vigie-Signature"), body, Instant.now()));
            exchange.sendResponseHeaders(failures.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
        receivers.add(server);
        return server;
    }

    /** What a partner does (docs/partner-integration.md): recompute the HMAC over "t.body", compare, check t. */
    private static void verify(Received received, String secret) {
        assertThat(received.signature()).matches("t=\\d+(,v1=[0-9a-f]{64})+");
        String t = received.signature().split(",")[0].substring(2);
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(300);
        String expected = hmac(secret, t + "." + received.body());
        assertThat(List.of(received.signature().split(","))).contains("v1=" + expected);
    }

    private static String hmac(String secret, String signed) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Received actioned(List<Received> got, UUID id) {
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
