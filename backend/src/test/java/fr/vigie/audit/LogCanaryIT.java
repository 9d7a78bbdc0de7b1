package fr.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.core.KafkaTemplate;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * Report content never reaches the logs: a canary text, phone number and handle go through the
 * partner API and processing with Vigie's packages at DEBUG, and through error paths (refused
 * submissions, an unreadable record and a record that fails processing, both ending in the
 * dead-letter topic; a note and a decision that fail in the database with the canary in the
 * error's own message; bad input of every class; a 406; requests Tomcat or the firewall refuse).
 * Neither the log events (every logger, every thread, stack traces included) nor the console
 * output may contain them.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogCanaryIT extends EmbeddedServersTest {

    private static final String TEXT_CANARY = "Canari" + UUID.randomUUID().toString().replace("-", "");
    private static final String PHONE_CANARY = "06 47 38 29 16";
    private static final String PHONE_DIGITS = "647382916";
    private static final String HANDLE_CANARY = "@canari_" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    LoggingSystem loggingSystem;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Keeps every event of every logger, rendered as a layout would (message, arguments, stack trace). */
    private static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> rendered = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            var text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                text.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            event.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
            rendered.add(text.toString());
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run() throws Exception;
    }

    @Test
    void theCanaryAppearsInNoLogEventAndNoConsoleOutput(CapturedOutput console) throws Exception {
        var lines = logsOf(() -> {
            String text = "Annonce " + TEXT_CANARY + " jeune fille 16 ans dispo, appelle " + PHONE_CANARY
                    + " ou " + HANDLE_CANARY;

            // the happy path, through processing
            var report = SyntheticReports.report(SyntheticReports.uniqueId("canary"), text);
            report.put("contacts", List.of(PHONE_CANARY, HANDLE_CANARY));
            report.put("note", "Vu par " + TEXT_CANARY);
            var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
            assertThat(accepted.status()).isEqualTo(202);
            UUID id = UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);

            // refused submissions
            var unknownPlatform = SyntheticReports.report(SyntheticReports.uniqueId("canary"), text);
            unknownPlatform.put("platform", "TELEPATHY");
            assertNoCanary(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", unknownPlatform).toString());
            var tooLong = SyntheticReports.report(SyntheticReports.uniqueId("canary"), text + "x".repeat(20_001));
            var refused = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", tooLong);
            assertThat(refused.status()).isEqualTo(422);
            assertNoCanary(refused.body().toString());
            assertNoCanary(api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                    "{\"text\": \"" + TEXT_CANARY + " " + PHONE_CANARY + "\", ").toString());

            // processing errors: unreadable, and readable but impossible to process (no platform)
            String unreadableKey = "canary-unreadable-" + UUID.randomUUID();
            kafka.send("vigie.reports.submitted", unreadableKey, "{\"id\": \"" + TEXT_CANARY + "\", \"text\": \""
                    + PHONE_CANARY + " " + HANDLE_CANARY).get();
            UUID failingId = UUID.randomUUID();
            kafka.send("vigie.reports.submitted", failingId.toString(), """
                    {"id": "%s", "partnerId": "%s", "partnerName": "bootstrap", "receivedAt": "2026-11-27T21:14:00Z",
                     "report": {"externalId": "x", "text": "%s %s %s", "observedAt": "2026-11-27T21:14:00Z",
                                "contacts": ["%s", "%s"]}}""".formatted(failingId, UUID.randomUUID(), TEXT_CANARY,
                    PHONE_CANARY, HANDLE_CANARY, PHONE_CANARY, HANDLE_CANARY)).get();
            awaitDeadLetters(unreadableKey, failingId.toString());
        });

        assertThat(lines).as("DEBUG of Vigie's packages was on").anySatisfy(line -> assertThat(line).startsWith("fr.vigie."));
        for (String line : lines) {
            assertNoCanary(line);
        }
        assertNoCanary(console.getAll());
    }

    @Test
    void theCanaryAppearsInNoLogEventOnTheErrorPathsEither(CapturedOutput console) throws Exception {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("canary-errors"), "Annonce sans canari"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        String freeText = "Vue le soir, " + TEXT_CANARY + ", rappeler le " + PHONE_CANARY + " ou " + HANDLE_CANARY;

        var lines = logsOf(() -> {
            // the database refuses the note and the decision, quoting the whole row in its error message
            refuseCanariesInTheDatabase();
            try {
                var note = admin.post("/api/v1/reports/" + id + "/notes", Map.of("text", freeText));
                assertThat(note.status()).isEqualTo(500);
                assertThat(note.contentType()).startsWith("application/problem+json");
                assertThat(note.body().get("correlationId").asString()).isNotBlank();
                assertNoCanary(note.body().toString());
                var decision = admin.post("/api/v1/reports/" + id + "/decisions",
                        Map.of("type", "NO_ACTION", "reason", "OTHER", "comment", freeText));
                assertThat(decision.status()).isEqualTo(500);
                assertNoCanary(decision.body().toString());
            } finally {
                jdbc.sql("drop trigger canary_note on report_note").update();
                jdbc.sql("drop trigger canary_decision on decision").update();
                jdbc.sql("drop function canary_refuse()").update();
            }

            // bad input carrying the canary: refused, and not logged on the way
            assertThat(admin.post("/api/v1/reports/" + id + "/notes", "{\"text\":\"" + freeText + "\\u0000\"}").status())
                    .isEqualTo(422);
            assertThat(admin.post("/api/v1/reports/" + id + "/decisions", "{\"type\":\"NO_ACTION\",\"reason\":\"OTHER\","
                    + "\"comment\":\"" + freeText + "\\ud800\"}").status()).isEqualTo(422);
            assertThat(admin.post("/api/v1/reports/" + id + "/decisions", "{\"type\":{\"x\":\"" + freeText + "\"}}").status())
                    .isEqualTo(422);
            String encoded = java.net.URLEncoder.encode(freeText, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(admin.get("/api/v1/queue?platform=" + encoded + "%00").status()).isEqualTo(400);
            assertThat(admin.get("/api/v1/queue?limit=" + encoded).status()).isEqualTo(400);
            assertThat(admin.get("/api/v1/contacts/" + encoded.replace("+", "%20") + "%00/reports").status()).isEqualTo(400);
            assertThat(admin.get("/api/v1/contacts/" + HANDLE_CANARY + ";x=1/reports").status()).isEqualTo(400);
            assertThat(admin.get("/api/v1/" + TEXT_CANARY).status()).isEqualTo(404);
            assertThat(admin.get("/api/v1/queue?platform=" + TEXT_CANARY + "x".repeat(20_000)).status()).isEqualTo(414);
            assertThat(rawRequest("GET /api/v1/contacts/" + HANDLE_CANARY + "{}/reports HTTP/1.1")).startsWith("HTTP/1.1 400");
            var report = SyntheticReports.report(SyntheticReports.uniqueId("canary"), freeText);
            var xml = api().exchange("POST", "/api/v1/reports", tools.jackson.databind.json.JsonMapper.builder().build()
                    .writeValueAsBytes(report), "Content-Type", "application/json", "Accept", "application/xml",
                    "Authorization", "Bearer " + PARTNER_KEY);
            assertThat(xml.status()).isEqualTo(406);
            assertThat(api().getAsPartner(TEXT_CANARY, "/api/v1/reports?externalId=x").status()).isEqualTo(401);
            assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + encoded).status()).isEqualTo(404);
        });

        assertThat(lines).as("the database failures were logged").anySatisfy(line -> assertThat(line).contains("Storage failure"));
        for (String line : lines) {
            assertNoCanary(line);
        }
        assertNoCanary(console.getAll());
    }

    /** Every log event of every logger while the scenario runs, Vigie's packages at DEBUG. */
    private List<String> logsOf(Scenario scenario) throws Exception {
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var capture = new Capture();
        capture.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        capture.start();
        root.addAppender(capture);
        loggingSystem.setLogLevel("fr.vigie", LogLevel.DEBUG);
        try {
            scenario.run();
        } finally {
            loggingSystem.setLogLevel("fr.vigie", null);
            root.detachAppender(capture);
            capture.stop();
        }
        assertThat(capture.rendered).as("log events were captured").isNotEmpty();
        return List.copyOf(capture.rendered);
    }

    /** A trigger whose error message quotes the row: the worst a database error can do. */
    private void refuseCanariesInTheDatabase() {
        jdbc.sql("""
                create function canary_refuse() returns trigger language plpgsql as $$
                begin
                    raise exception 'refused for the test: %', row_to_json(new)::text;
                end $$""").update();
        jdbc.sql("""
                create trigger canary_note before insert on report_note for each row
                when (new.text like '%Canari%') execute function canary_refuse()""").update();
        jdbc.sql("""
                create trigger canary_decision before insert on decision for each row
                when (new.details::text like '%Canari%') execute function canary_refuse()""").update();
    }

    /** A request Java's HTTP client would not send: a request target with characters HTTP forbids. */
    private String rawRequest(String requestLine) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void awaitDeadLetters(String... keys) {
        var waiting = new java.util.HashSet<>(List.of(keys));
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafkaConnection.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "canary-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("vigie.reports.submitted.dlt"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    waiting.remove(Objects.toString(record.key()));
                }
                return waiting.isEmpty();
            });
        }
    }

    private static void assertNoCanary(String output) {
        assertThat(output).doesNotContain(TEXT_CANARY).doesNotContain(PHONE_CANARY).doesNotContain(PHONE_DIGITS)
                .doesNotContain(HANDLE_CANARY).doesNotContain(HANDLE_CANARY.substring(1));
    }
}
