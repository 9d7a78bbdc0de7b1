package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.IntakeTopic;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;

/**
 * Every class of bad input the partner API must refuse: the right status, a problem document
 * naming the field or parameter at fault, and nothing in Kafka or in the database. Never 5xx.
 * (The workbench's and administration's tables are {@code WorkbenchBadInputIT} and
 * {@code AdministrationBadInputIT}.)
 */
class BadInputIT extends EmbeddedServersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JdbcClient jdbc;

    /** A JSON escape that Jackson would not write: an unpaired surrogate, as a hostile client sends it. */
    static final String HIGH = "__HIGH__";
    static final String LOW = "__LOW__";

    record Case(String name, String method, String path, String contentType, byte[] body, int status, String field,
            String... headers) {
        Case(String name, String path, String contentType, byte[] body, int status, String field) {
            this(name, "POST", path, contentType, body, status, field);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badInputs() {
        var cases = new ArrayList<Case>();
        raw(cases, "malformed JSON", "{\"externalId\": ", 400, null);
        raw(cases, "empty body", "", 400, null);
        raw(cases, "duplicate key", "{\"text\":\"a\",\"text\":\"b\"}", 400, null);
        raw(cases, "array instead of object", "[]", 422, "body");
        raw(cases, "string instead of object", "\"un texte\"", 422, "body");
        cases.add(new Case("invalid UTF-8", "/api/v1/reports", "application/json",
                concat("{\"externalId\":\"x\",\"text\":\"".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, (byte) 0x28 },
                        "\"}".getBytes(StandardCharsets.UTF_8)), 400, null));
        cases.add(new Case("wrong content type", "/api/v1/reports", "text/plain",
                json(SyntheticReports.report("ct-1", "texte")), 415, null));
        cases.add(new Case("body over 1 MiB", "/api/v1/reports", "application/json",
                json(with(r -> r.put("text", "a".repeat(1_100_000)))), 413, null));
        field(cases, "missing externalId", r -> r.remove("externalId"), "externalId");
        field(cases, "externalId too long", r -> r.put("externalId", "x".repeat(201)), "externalId");
        field(cases, "missing text", r -> r.remove("text"), "text");
        field(cases, "blank text", r -> r.put("text", "   "), "text");
        field(cases, "text over 20,000 characters", r -> r.put("text", "é".repeat(20_001)), "text");
        field(cases, "text of the wrong type", r -> r.put("text", 42), "text");
        field(cases, "NUL in text", r -> r.put("text", "avant\u0000après"), "text");
        field(cases, "NUL in externalId", r -> r.put("externalId", "annonce-\u0000-1"), "externalId");
        field(cases, "unpaired high surrogate in externalId", r -> r.put("externalId", "annonce-" + HIGH + "-1"), "externalId");
        field(cases, "unpaired low surrogate in text", r -> r.put("text", "avant " + LOW + " après"), "text");
        field(cases, "surrogates in the wrong order in the note", r -> r.put("note", "a" + LOW + HIGH + "b"), "note");
        field(cases, "unpaired surrogate in a contact", r -> r.put("contacts", List.of("@pseudo" + HIGH)), "contacts[0]");
        field(cases, "unpaired surrogate in location.city", r -> r.put("location", Map.of("city", "Ly" + HIGH + "on")),
                "location.city");
        field(cases, "unpaired surrogate in a field name", r -> r.put("champ" + HIGH, "x"), "body");
        raw(cases, "an empty object", "{}", 422, "externalId");
        field(cases, "bell control character in platformName", r -> r.put("platformName", "site\u0007"), "platformName");
        field(cases, "missing platform", r -> r.remove("platform"), "platform");
        field(cases, "unknown platform", r -> r.put("platform", "TELEPATHY"), "platform");
        field(cases, "unknown reporterConcern", r -> r.put("reporterConcern", "PANIC"), "reporterConcern");
        field(cases, "missing observedAt", r -> r.remove("observedAt"), "observedAt");
        field(cases, "observedAt not a date", r -> r.put("observedAt", "hier soir"), "observedAt");
        field(cases, "observedAt without offset", r -> r.put("observedAt", "2026-11-27T21:14:00"), "observedAt");
        field(cases, "observedAt far in the future", r -> r.put("observedAt", "2099-01-01T00:00:00Z"), "observedAt");
        field(cases, "observedAt before 2000", r -> r.put("observedAt", "1999-12-31T23:00:00Z"), "observedAt");
        field(cases, "javascript: URL", r -> r.put("url", "javascript:alert(1)"), "url");
        field(cases, "ftp URL", r -> r.put("url", "ftp://files.example.org/a"), "url");
        field(cases, "contacts not an array", r -> r.put("contacts", "06 39 98 00 00"), "contacts");
        field(cases, "21 contacts", r -> r.put("contacts", Collections.nCopies(21, "@exemple")), "contacts");
        field(cases, "contact of the wrong type", r -> r.put("contacts", List.of(Map.of("phone", "x"))), "contacts[0]");
        field(cases, "location not an object", r -> r.put("location", "Lyon"), "location");
        field(cases, "bad postal code", r -> r.put("location", Map.of("postalCode", "6900")), "location.postalCode");
        field(cases, "bad département", r -> r.put("location", Map.of("department", "99")), "location.department");
        field(cases, "département 20, split into 2A and 2B", r -> r.put("location", Map.of("department", "20")), "location.department");
        field(cases, "an image field", r -> r.put("image", "photo.jpg"), "image");
        field(cases, "attachments", r -> r.put("attachments", List.of("a.png")), "attachments");
        field(cases, "a data URL in the text", r -> r.put("text", "voir data:image/png;base64,iVBORw0KGgo="), "text");
        field(cases, "a base64 blob in the note", r -> r.put("note", "QUJD".repeat(80)), "note");
        field(cases, "an unknown field", r -> r.put("priority", "P1"), "priority");
        cases.add(new Case("batch over 500 items", "/api/v1/reports/batch", "application/json",
                json(Map.of("reports", Collections.nCopies(501, Map.of("externalId", "b")))), 422, "reports"));
        cases.add(new Case("batch without a reports array", "/api/v1/reports/batch", "application/json",
                json(Map.of("reports", "none")), 422, "reports"));
        cases.add(new Case("Accept: application/xml", "POST", "/api/v1/reports", "application/json",
                json(with(r -> { })), 406, null, "Accept", "application/xml"));
        cases.add(new Case("a multipart body that is not one", "/api/v1/reports", "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nsans fin".getBytes(StandardCharsets.UTF_8), 400, null));
        get(cases, "NUL in the externalId parameter", "/api/v1/reports?externalId=a%00b", 400, "externalId");
        get(cases, "the externalId parameter missing", "/api/v1/reports", 400, "externalId");
        get(cases, "a report id that is not a UUID", "/api/v1/reports/pas-un-uuid/status", 400, "id");
        get(cases, "%2F in the path", "/api/v1/reports/a%2Fb/status", 400, null);
        get(cases, "%00 in the path", "/api/v1/reports/a%00b/status", 400, null);
        get(cases, "an oversized query string", "/api/v1/reports?externalId=" + "x".repeat(20_000), 414, null);
        get(cases, "an unknown path", "/api/v1/reportz", 404, null);
        cases.add(new Case("a method the path does not answer", "DELETE", "/api/v1/reports", null, null, 405, null));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsStored(Case bad) {
        String bootstrap = String.join(",", kafka.getBootstrapServers());
        long kafkaBefore = IntakeTopic.recordsWritten(bootstrap);
        long rowsBefore = jdbc.sql("select count(*) from intake_submission").query(Long.class).single();

        var headers = new ArrayList<String>(List.of("Authorization", "Bearer " + PARTNER_KEY));
        if (bad.contentType() != null) {
            headers.addAll(List.of("Content-Type", bad.contentType()));
        }
        headers.addAll(List.of(bad.headers()));
        var response = api().exchange(bad.method(), bad.path(), bad.body(), headers.toArray(String[]::new));

        ProblemAssertions.assertProblem(response, bad.status(), bad.field());
        assertThat(IntakeTopic.recordsWritten(bootstrap)).as("records written to Kafka").isEqualTo(kafkaBefore);
        assertThat(jdbc.sql("select count(*) from intake_submission").query(Long.class).single()).isEqualTo(rowsBefore);
    }

    /** The case: three ads whose ids differ by an unpaired surrogate became one report with three versions. */
    @Test
    void threeIdsThatDifferOnlyByUnpairedSurrogatesAreRefusedAndNotEchoed() {
        String bootstrap = String.join(",", kafka.getBootstrapServers());
        long kafkaBefore = IntakeTopic.recordsWritten(bootstrap);
        long rowsBefore = jdbc.sql("select count(*) from intake_submission").query(Long.class).single();
        String base = SyntheticReports.uniqueId("ad");
        var items = List.of(SyntheticReports.report(base + HIGH, "Première annonce"),
                SyntheticReports.report(base + LOW, "Deuxième annonce"), SyntheticReports.report(base + HIGH + HIGH, "Troisième"));

        var response = api().postRawAsPartner(PARTNER_KEY, "/api/v1/reports/batch", "application/json",
                json(Map.of("reports", items)));

        assertThat(response.status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            var result = response.body().get("results").get(i);
            assertThat(result.get("outcome").asString()).isEqualTo("INVALID");
            assertThat(result.hasNonNull("externalId")).as("an id that is not text is not echoed").isFalse();
            assertThat(result.get("errors").get(0).get("field").asString()).isEqualTo("reports[" + i + "].externalId");
        }
        assertThat(IntakeTopic.recordsWritten(bootstrap)).isEqualTo(kafkaBefore);
        assertThat(jdbc.sql("select count(*) from intake_submission").query(Long.class).single()).isEqualTo(rowsBefore);
    }

    private static void get(List<Case> cases, String name, String path, int status, String field) {
        cases.add(new Case(name, "GET", path, null, null, status, field));
    }

    private static void raw(List<Case> cases, String name, String body, int status, String field) {
        cases.add(new Case(name, "/api/v1/reports", "application/json", body.getBytes(StandardCharsets.UTF_8), status, field));
    }

    private static void field(List<Case> cases, String name, Consumer<Map<String, Object>> change, String field) {
        cases.add(new Case(name, "/api/v1/reports", "application/json", json(with(change)), 422, field));
    }

    private static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        var report = new LinkedHashMap<>(SyntheticReports.report(SyntheticReports.uniqueId("bad"), "Annonce de test"));
        change.accept(report);
        return report;
    }

    /** The value as JSON, with {@link #HIGH} and {@link #LOW} turned into unpaired surrogate escapes. */
    static byte[] json(Object value) {
        return JSON.writeValueAsString(value).replace(HIGH, "\\ud83d").replace(LOW, "\\ude00")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
