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
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.IntakeTopic;
import fr.vigie.support.SyntheticReports;

/**
 * Every class of bad input the partner API must refuse: the right status, a problem document
 * naming the field at fault, and nothing in Kafka or in the database.
 */
class BadInputIT extends EmbeddedServersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JdbcClient jdbc;

    record Case(String name, String path, String contentType, byte[] body, int status, String field) {
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
        field(cases, "contacts not an array", r -> r.put("contacts", "06 00 00 00 00"), "contacts");
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
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsStored(Case bad) {
        String bootstrap = String.join(",", kafka.getBootstrapServers());
        long kafkaBefore = IntakeTopic.recordsWritten(bootstrap);
        long rowsBefore = jdbc.sql("select count(*) from intake_submission").query(Long.class).single();

        var response = api().postRawAsPartner(PARTNER_KEY, bad.path(), bad.contentType(), bad.body());

        assertThat(response.status()).as(bad.name()).isEqualTo(bad.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(bad.status());
        assertThat(response.body().get("detail").asString()).isNotBlank();
        if (bad.field() != null) {
            var fields = StreamSupport.stream(response.body().get("errors").spliterator(), false)
                    .map(e -> e.get("field").asString()).toList();
            assertThat(fields).contains(bad.field());
        }
        assertThat(IntakeTopic.recordsWritten(bootstrap)).as("records written to Kafka").isEqualTo(kafkaBefore);
        assertThat(jdbc.sql("select count(*) from intake_submission").query(Long.class).single()).isEqualTo(rowsBefore);
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

    private static byte[] json(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
