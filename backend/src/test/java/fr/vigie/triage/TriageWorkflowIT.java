package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.infrastructure.outbox.Outbox;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.QueuePages;
import fr.vigie.support.VigieApi;

/** The worker's workbench through its API: claims, decisions, notes, history, queue, events. */
class TriageWorkflowIT extends EmbeddedServersTest {

    private static final String PASSWORD = "worker-password-0123";

    @Autowired
    org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails kafkaConnection;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Test
    void tenConcurrentClaimsHaveExactlyOneWinner() throws Exception {
        UUID id = processedReport("Annonce disputée");
        var workers = new ArrayList<VigieApi>();
        for (int i = 0; i < 10; i++) {
            workers.add(worker("race-" + i + "-" + UUID.randomUUID().toString().substring(0, 6)));
        }
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            var calls = new ArrayList<Callable<Integer>>();
            for (var w : workers) {
                calls.add(() -> {
                    start.await();
                    return w.post("/api/v1/reports/" + id + "/claim", Map.of()).status();
                });
            }
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var f : futures) {
                statuses.add(f.get());
            }
        }
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
    }

    @Test
    void aClaimedReportShowsItsHolderAndOthersGet409WithTheName() {
        UUID id = processedReport("Annonce prise en charge");
        var camille = worker("camille-" + suffix());
        var dominique = worker("dominique-" + suffix());

        var claimed = camille.post("/api/v1/reports/" + id + "/claim", Map.of());
        assertThat(claimed.status()).isEqualTo(200);
        assertThat(claimed.body().get("expiresAt").asString()).isNotBlank();

        var refused = dominique.post("/api/v1/reports/" + id + "/claim", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("claim").get("worker").asString()).startsWith("camille-");

        var seen = QueuePages.item(dominique, id);
        assertThat(seen.get("claim").get("worker").asString()).startsWith("camille-");
        assertThat(dominique.get("/api/v1/reports/" + id).body().get("claim").get("worker").asString()).startsWith("camille-");

        var decisionByOther = dominique.post("/api/v1/reports/" + id + "/decisions", referral());
        assertThat(decisionByOther.status()).isEqualTo(409);

        assertThat(camille.delete("/api/v1/reports/" + id + "/claim").status()).isEqualTo(204);
        assertThat(dominique.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void eachDecisionTypeListsWhatIsMissing() {
        UUID id = processedReport("Annonce à décider");
        var w = worker("decideur-" + suffix());
        w.post("/api/v1/reports/" + id + "/claim", Map.of());
        long pending = outbox.pending();

        assertThat(missing(w, id, Map.of("type", "CONTACT"))).containsExactlyInAnyOrder("channel", "messageSummary", "outcome");
        assertThat(missing(w, id, Map.of("type", "REFERRAL"))).containsExactlyInAnyOrder("channel", "urgency", "justification");
        assertThat(missing(w, id, Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "SOON", "justification", "x")))
                .containsExactly("urgency");
        assertThat(missing(w, id, Map.of("type", "NO_ACTION"))).containsExactlyInAnyOrder("reason", "comment");
        assertThat(missing(w, id, Map.of("type", "DUPLICATE"))).containsExactly("duplicateOf");
        assertThat(missing(w, id, Map.of("type", "DUPLICATE", "duplicateOf", UUID.randomUUID().toString()))).containsExactly("duplicateOf");
        assertThat(missing(w, id, Map.of("type", "ESCALATE"))).containsExactly("reason");
        assertThat(missing(w, id, Map.of("type", "MAYBE"))).containsExactly("type");
        assertThat(outbox.pending()).as("a refused decision announces nothing").isLessThanOrEqualTo(pending);
    }

    @Test
    void aReferralActionsTheReportLeavesTheQueueAndIsPublishedThroughTheOutbox() {
        UUID id = processedReport("Annonce à signaler, 16 ans");
        var w = worker("referente-" + suffix());
        w.post("/api/v1/reports/" + id + "/claim", Map.of());
        w.post("/api/v1/reports/" + id + "/notes", Map.of("text", "hypothèse interne à ne pas transmettre", "shareable", false));

        var decided = w.post("/api/v1/reports/" + id + "/decisions", referral());

        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.body().get("details").get("channel").asString()).isEqualTo("CRIP");
        var detail = w.get("/api/v1/reports/" + id).body();
        assertThat(detail.get("status").asString()).isEqualTo("ACTIONED");
        assertThat(detail.get("claim").isNull()).as("the claim is released by the decision").isTrue();
        assertThat(detail.get("history").valueStream().filter(h -> h.get("kind").asString().equals("DECISION"))
                .map(h -> h.get("type").asString())).containsExactly("REFERRAL");
        assertThat(QueuePages.item(w, id)).as("no longer in the open queue").isNull();
        String packet = w.getText("/api/v1/reports/" + id + "/referral-packet");
        assertThat(packet).contains("Annonce à signaler, 16 ans", "Orientation / signalement", "Information préoccupante (CRIP)",
                "Âges indiqués : 16 ans", "Urgence : Urgente").doesNotContain("REFERRAL", "URGENT");
        assertThat(packet).as("internal notes stay internal").doesNotContain("hypothèse interne");
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports/" + id + "/status").body().get("status").asString())
                .isEqualTo("ACTIONED");
        // the outbox relays the decision to the events topic (and deletes what it has published)
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", String.join(",", kafkaConnection.getBootstrapServers()),
                "group.id", "decided-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of(ReportEvent.TOPIC));
            var events = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (r.key().equals(id.toString())) {
                        events.add(r.value());
                    }
                });
                return events.stream().anyMatch(e -> e.replace(" ", "").contains("\"event\":\"DECIDED\""));
            });
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from outbox where message_key = :id")
                .param("id", id.toString()).query(Long.class).single() == 0);
    }

    @Test
    void historyIsAppendOnlyAndALaterDecisionSupersedesWithoutErasing() {
        UUID id = processedReport("Annonce suivie");
        var w = worker("suivi-" + suffix());
        w.post("/api/v1/reports/" + id + "/claim", Map.of());
        var first = w.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "ESCALATE", "reason", "doute sur l'âge"));
        String firstId = first.body().get("id").asString();

        var coordinator = api();
        coordinator.login("admin", ADMIN_PASSWORD);
        var answer = coordinator.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "NO_ACTION",
                "reason", "ADULT_NO_RISK", "comment", "vérifié : majeure", "supersedes", firstId));
        assertThat(answer.status()).isEqualTo(201);
        var note = w.post("/api/v1/reports/" + id + "/notes", Map.of("text", "note interne", "shareable", false));
        assertThat(note.status()).isEqualTo(201);

        var history = w.get("/api/v1/reports/" + id).body().get("history");
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(0).get("type").asString()).isEqualTo("ESCALATE");
        assertThat(history.get(1).get("supersedes").asString()).isEqualTo(firstId);
        assertThat(history.get(2).get("kind").asString() + ":" + history.get(2).get("type").asString())
                .as("the coordinator's decision answered the escalation").isEqualTo("ANSWER:DECIDE");
        assertThat(history.get(3).get("kind").asString()).isEqualTo("NOTE");

        assertThatThrownBy(() -> jdbc.sql("update decision set details = '{}' where id = :id").param("id", UUID.fromString(firstId)).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from decision where id = :id").param("id", UUID.fromString(firstId)).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aContactFollowUpComesBackWhenDue() {
        UUID id = processedReport("Annonce à recontacter");
        var w = worker("relance-" + suffix());
        w.post("/api/v1/reports/" + id + "/claim", Map.of());
        var contact = w.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "CONTACT", "channel", "SMS",
                "messageSummary", "message de présentation envoyé", "outcome", "NO_REPLY",
                "followUpDate", LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString()));
        assertThat(contact.status()).isEqualTo(201);

        var due = w.get("/api/v1/queue?followUps=true").body().get("items");
        assertThat(ids(due)).contains(id.toString());
        assertThat(QueuePages.item(w, id).get("followUpDue").asBoolean()).isTrue();
        assertThat(QueuePages.item(w, id).get("followUpOn").asString()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
        var other = worker("autre-" + suffix());
        assertThat(ids(other.get("/api/v1/queue?followUps=true").body().get("items"))).doesNotContain(id.toString());
    }

    @Test
    void theAdsOfOneSituationAreClosedTogetherOrNotAtAll() {
        UUID a = processedReport("Première annonce du même numéro");
        UUID b = processedReport("Deuxième annonce du même numéro");
        UUID held = processedReport("Troisième, prise par une collègue");
        var w = worker("groupe-" + suffix());
        var colleague = worker("collegue-" + suffix());
        colleague.post("/api/v1/reports/" + held + "/claim", Map.of());
        var duplicateOfA = Map.of("type", "NO_ACTION", "reason", "AD_REMOVED", "comment", "annonces retirées");

        var refused = w.post("/api/v1/group-decisions", Map.of("reportIds", List.of(a, b, held), "decision", duplicateOfA));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(w.get("/api/v1/reports/" + a).body().get("status").asString()).as("all or nothing").isIn("NEW", "IN_REVIEW");

        var closed = w.post("/api/v1/group-decisions", Map.of("reportIds", List.of(a, b), "decision", duplicateOfA));
        assertThat(closed.status()).isEqualTo(201);
        assertThat(w.get("/api/v1/reports/" + a).body().get("status").asString()).isEqualTo("CLOSED");
        assertThat(w.get("/api/v1/reports/" + b).body().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void everyReadOfAReportAndEveryDecisionIsInTheAuditLog() {
        UUID id = processedReport("Annonce lue et tracée");
        String name = "lectrice-" + suffix();
        var w = worker(name);

        w.get("/api/v1/reports/" + id);
        w.getText("/api/v1/reports/" + id + "/referral-packet");
        w.post("/api/v1/reports/" + id + "/claim", Map.of());
        w.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "NO_ACTION", "reason", "OUT_OF_SCOPE", "comment", "hors champ"));

        var actions = jdbc.sql("select action from audit_log where report_id = :id and actor = :who order by seq")
                .param("id", id).param("who", name).query(String.class).list();
        assertThat(actions).containsExactly("REPORT_READ", "REPORT_EXPORTED", "REPORT_CLAIMED", "REPORT_DECIDED");
        assertThat(jdbc.sql("select details from audit_log where report_id = :id").param("id", id).query(String.class).list())
                .as("no content in the audit log").noneMatch(d -> d.contains("tracée"));
    }

    @Test
    void claimsReleasesAndReassignmentsAreInTheAuditLog() {
        UUID id = processedReport("Annonce passée de main en main");
        String name = "relais-" + suffix();
        var w = worker(name);
        var coordinator = api();
        assertThat(coordinator.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);

        assertThat(w.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(w.delete("/api/v1/reports/" + id + "/claim").status()).isEqualTo(204);
        assertThat(coordinator.post("/api/v1/reports/" + id + "/claim/reassign", Map.of("worker", name)).status()).isEqualTo(200);

        var entries = jdbc.sql("select actor || ' ' || action from audit_log where report_id = :id order by seq")
                .param("id", id).query(String.class).list();
        assertThat(entries).containsSubsequence(name + " REPORT_CLAIMED", name + " REPORT_RELEASED", "admin REPORT_REASSIGNED");
        assertThat(jdbc.sql("select details from audit_log where report_id = :id and action = 'REPORT_REASSIGNED'")
                .param("id", id).query(String.class).single()).isEqualTo("{\"to\":\"" + name + "\"}");
    }

    @Test
    void everyQueuePageAndContactLookUpIsAuditedWithTheIdsShownAndNoContent() {
        String handle = "@lien_" + suffix();
        var report = SyntheticReports.report(SyntheticReports.uniqueId("triage"), "Annonce listée, contact " + handle);
        report.put("contacts", List.of(handle));
        report.put("location", Map.of("city", "Ajaccio", "department", "2A"));
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        String name = "liseuse-" + suffix();
        var w = worker(name);

        var page = w.get("/api/v1/queue?limit=200&department=2A");
        assertThat(ids(page.body().get("items"))).contains(id.toString());
        var lookUp = w.get("/api/v1/contacts/" + handle + "/reports");
        assertThat(ids(lookUp.body().get("reports"))).containsExactly(id.toString());

        var queueReads = jdbc.sql("select details from audit_log where actor = :who and action = 'QUEUE_READ'")
                .param("who", name).query(String.class).list();
        assertThat(queueReads).hasSize(1);
        assertThat(queueReads.getFirst()).contains("\"department\":\"2A\"", "\"limit\":200", id.toString())
                .doesNotContain("Ajaccio", "listée");
        var lookUps = jdbc.sql("select details from audit_log where actor = :who and action = 'CONTACT_LOOKED_UP'")
                .param("who", name).query(String.class).list();
        assertThat(lookUps).containsExactly("{\"contact\":\"" + handle.substring(1) + "\",\"reports\":[\"" + id + "\"]}");
    }

    @Test
    void theQueueCountsOpenReportsPerBandAndFilters() {
        processedReport("Annonce comptée, 15 ans");
        var w = worker("compteur-" + suffix());
        var queue = w.get("/api/v1/queue?band=P1").body();
        assertThat(queue.get("counts").get("P1").asLong()).isPositive();
        assertThat(StreamSupport.stream(queue.get("items").spliterator(), false)
                .allMatch(i -> i.get("priority").asString().equals("P1"))).isTrue();
    }

    @Test
    void aReportFlaggedImmediateDangerRanksAboveEveryOtherP1() {
        UUID crowded = processedReport("Lycéenne de 16 ans, mineure, en 3e, dispo ce soir et toute la nuit à l'hôtel, "
                + "nouvelle, avec ma copine, rdv discret " + suffix());
        var flagged = SyntheticReports.report(SyntheticReports.uniqueId("danger"), "Annonce retirée depuis " + suffix());
        flagged.put("reporterConcern", "IMMEDIATE_DANGER");
        UUID danger = UUID.fromString(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", flagged).body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(danger) == 1);
        assertThat(jdbc.sql("select score from report where id = :id").param("id", crowded).query(Integer.class).single())
                .as("the crowded P1 outscores the flagged one")
                .isGreaterThan(jdbc.sql("select score from report where id = :id").param("id", danger).query(Integer.class).single());

        var queue = ids(worker("urgence-" + suffix()).get("/api/v1/queue?band=P1&limit=200").body().get("items"));
        assertThat(queue).contains(danger.toString(), crowded.toString());
        assertThat(queue.indexOf(danger.toString())).isLessThan(queue.indexOf(crowded.toString()));
        var flaggedIds = jdbc.sql("select id::text from report where reporter_concern = 'IMMEDIATE_DANGER'").query(String.class).list();
        int lastFlagged = queue.stream().filter(flaggedIds::contains).mapToInt(queue::indexOf).max().orElseThrow();
        int firstOther = queue.stream().filter(id -> !flaggedIds.contains(id)).mapToInt(queue::indexOf).min().orElseThrow();
        assertThat(lastFlagged).as("every flagged P1 before every other P1").isLessThan(firstOther);
    }

    private List<String> missing(VigieApi w, UUID id, Map<String, Object> decision) {
        var response = w.post("/api/v1/reports/" + id + "/decisions", decision);
        assertThat(response.status()).as(decision.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return StreamSupport.stream(response.body().get("errors").spliterator(), false).map(e -> e.get("field").asString()).toList();
    }

    private static Map<String, Object> referral() {
        return Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT",
                "justification", "mineure de 16 ans selon l'annonce, disponibilité immédiate");
    }

    private UUID processedReport(String text) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(SyntheticReports.uniqueId("triage"), text));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker(String username) {
        users.create(username, PASSWORD, EnumSet.of(Role.WORKER));
        var api = api();
        assertThat(api.login(username, PASSWORD).status()).isEqualTo(200);
        return api;
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asString()).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
