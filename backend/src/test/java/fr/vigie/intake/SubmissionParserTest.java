package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.StorableText;

/** The partner contract, field by field, without HTTP: every fault named by its path, nothing quoted back. */
class SubmissionParserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-27T22:00:00Z");
    private final SubmissionParser parser = new SubmissionParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private static ObjectNode valid() {
        var node = JSON.createObjectNode();
        node.put("externalId", "exemple-0001");
        node.put("platform", "CLASSIFIED_AD");
        node.put("platformName", "Exemple Annonces");
        node.put("url", "https://example.org/annonces/exemple-0001");
        node.put("text", "Texte fictif de démonstration, disponible ce soir.");
        node.put("observedAt", "2026-11-27T21:14:00Z");
        var location = node.putObject("location");
        location.put("city", "Lyon");
        location.put("postalCode", "69003");
        location.put("department", "69");
        node.putArray("contacts").add("06 39 98 01 02").add(" @exemple_demo ");
        node.put("reporterConcern", "MEDIUM");
        node.put("note", "Exemple de test");
        return node;
    }

    private List<String> fields(JsonNode node, String prefix) {
        return parser.parse(node, prefix).problems().stream().map(FieldProblem::field).toList();
    }

    private String message(JsonNode node, String field) {
        return parser.parse(node, "").problems().stream().filter(p -> p.field().equals(field)).findFirst()
                .map(FieldProblem::message).orElseThrow();
    }

    @Test
    void aValidReportBecomesASubmission() {
        var result = parser.parse(valid(), "");

        assertThat(result.valid()).isTrue();
        var s = result.submission();
        assertThat(s.externalId()).isEqualTo("exemple-0001");
        assertThat(s.platform()).isEqualTo(Platform.CLASSIFIED_AD);
        assertThat(s.url()).isEqualTo("https://example.org/annonces/exemple-0001");
        assertThat(s.observedAt()).isEqualTo(Instant.parse("2026-11-27T21:14:00Z"));
        assertThat(s.location()).isEqualTo(new SightingLocation("Lyon", "69003", "69"));
        assertThat(s.contacts()).as("contacts stripped").containsExactly("06 39 98 01 02", "@exemple_demo");
        assertThat(s.reporterConcern()).isEqualTo(ReporterConcern.MEDIUM);
    }

    @Test
    void onlyTheRequiredFieldsAreNeeded() {
        var node = JSON.createObjectNode();
        node.put("externalId", "exemple-0002");
        node.put("platform", "OTHER");
        node.put("text", "Texte fictif.");
        node.put("observedAt", "2026-11-27T21:14:00+01:00");

        var result = parser.parse(node, "");

        assertThat(result.problems()).isEmpty();
        assertThat(result.submission().location()).isNull();
        assertThat(result.submission().contacts()).isEmpty();
        assertThat(result.submission().observedAt()).isEqualTo(Instant.parse("2026-11-27T20:14:00Z"));
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        var node = JSON.createObjectNode();
        node.put("platform", "TELEVISION");
        node.put("text", "   ");
        node.put("observedAt", "hier soir");
        node.put("url", "ftp://example.org/a");

        assertThat(fields(node, "")).containsExactlyInAnyOrder("externalId", "platform", "text", "observedAt", "url");
        assertThat(parser.parse(node, "").submission()).isNull();
    }

    @Test
    void inABatchEachPathCarriesTheItemsIndex() {
        var node = valid();
        node.remove("text");
        ((ObjectNode) node.get("location")).put("postalCode", "6900");

        assertThat(fields(node, "reports[3].")).containsExactlyInAnyOrder("reports[3].text", "reports[3].location.postalCode");
        assertThat(fields(JSON.getNodeFactory().stringNode("x"), "reports[3].")).containsExactly("reports[3]");
        assertThat(fields(JSON.getNodeFactory().arrayNode(), "")).containsExactly("body");
    }

    @Test
    void unknownFieldsAndPicturesAreRefusedByName() {
        var node = valid();
        node.put("colour", "bleu");
        node.put("Photo", "…");
        ((ObjectNode) node.get("location")).put("gps", "45.76,4.83");

        assertThat(fields(node, "")).containsExactlyInAnyOrder("colour", "Photo", "location.gps");
        assertThat(message(node, "colour")).isEqualTo(ContractMessages.UNKNOWN_FIELD);
        assertThat(message(node, "Photo")).isEqualTo(ContractMessages.TEXT_ONLY);
    }

    @Test
    void encodedFilesInTextAreRefused() {
        var dataUrl = valid().put("text", "voir data:image/png;base64,iVBORw0KGgo=");
        var blob = valid().put("note", "A".repeat(250));

        assertThat(message(dataUrl, "text")).isEqualTo(ContractMessages.TEXT_ONLY);
        assertThat(message(blob, "note")).isEqualTo(ContractMessages.TEXT_ONLY);
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        var atTheLimit = valid().put("text", "😀".repeat(SubmissionParser.MAX_TEXT));
        var over = valid().put("text", "a".repeat(SubmissionParser.MAX_TEXT + 1));

        assertThat(parser.parse(atTheLimit, "").valid()).isTrue();
        assertThat(message(over, "text")).isEqualTo(ContractMessages.tooLong(SubmissionParser.MAX_TEXT));
    }

    @Test
    void textThatCannotBeStoredIsRefusedWithoutQuotingIt() {
        var control = valid().put("text", "ligne\u0007sonnerie");
        var nul = valid().put("externalId", "abc\u0000def");
        var surrogate = valid().put("platformName", "x\uD800y");
        var windowsLines = valid().put("text", "ligne 1\r\nligne 2\tfin");

        assertThat(message(control, "text")).isEqualTo(ContractMessages.CONTROL_CHARACTERS);
        assertThat(message(nul, "externalId")).isEqualTo(ContractMessages.CONTROL_CHARACTERS);
        assertThat(message(surrogate, "platformName")).isEqualTo(StorableText.UNPAIRED_SURROGATE);
        assertThat(parser.parse(windowsLines, "").valid()).isTrue();
    }

    @Test
    void datesFromTheFutureOrBefore2000AreRefused() {
        var skewed = valid().put("observedAt", "2026-11-27T22:04:00Z");
        var future = valid().put("observedAt", "2026-11-27T22:06:00Z");
        var old = valid().put("observedAt", "1999-12-31T23:59:59Z");
        var noOffset = valid().put("observedAt", "2026-11-27T21:14:00");

        assertThat(parser.parse(skewed, "").valid()).as("a clock a little ahead").isTrue();
        assertThat(message(future, "observedAt")).isEqualTo(ContractMessages.IN_FUTURE);
        assertThat(message(old, "observedAt")).isEqualTo(ContractMessages.TOO_OLD);
        assertThat(message(noOffset, "observedAt")).isEqualTo(ContractMessages.INSTANT);
    }

    @Test
    void typesAreChecked() {
        var node = valid();
        node.put("externalId", 12);
        node.put("location", "Lyon");
        node.put("contacts", "06 39 98 01 02");

        assertThat(message(node, "externalId")).isEqualTo(ContractMessages.NOT_A_STRING);
        assertThat(message(node, "location")).isEqualTo(ContractMessages.NOT_AN_OBJECT);
        assertThat(message(node, "contacts")).isEqualTo(ContractMessages.NOT_AN_ARRAY);
    }

    @Test
    void contactsAreCheckedOneByOne() {
        var node = valid();
        node.putArray("contacts").add("06 39 98 01 02").add(7).add(" ");
        var tooMany = valid();
        var list = tooMany.putArray("contacts");
        for (int i = 0; i <= SubmissionParser.MAX_CONTACTS; i++) {
            list.add("@exemple_" + i);
        }

        assertThat(fields(node, "")).containsExactlyInAnyOrder("contacts[1]", "contacts[2]");
        assertThat(message(tooMany, "contacts")).isEqualTo(ContractMessages.tooMany(SubmissionParser.MAX_CONTACTS));
    }

    @Test
    void departementsAndPostalCodesFollowTheFrenchForms() {
        for (String ok : List.of("01", "19", "2A", "2b", "95", "971", "976")) {
            var node = valid();
            ((ObjectNode) node.get("location")).put("department", ok);
            var result = parser.parse(node, "");
            assertThat(result.valid()).as(ok).isTrue();
            assertThat(result.submission().location().department()).isEqualTo(ok.toUpperCase());
        }
        for (String wrong : List.of("00", "20", "96", "977", "2C", "1")) {
            var node = valid();
            ((ObjectNode) node.get("location")).put("department", wrong);
            assertThat(fields(node, "")).as(wrong).containsExactly("location.department");
        }
        var node = valid();
        ((ObjectNode) node.get("location")).put("postalCode", "69 003");
        assertThat(fields(node, "")).containsExactly("location.postalCode");
    }

    @Test
    void enumerationsNameTheValuesExpected() {
        var node = valid().put("reporterConcern", "medium");

        assertThat(message(node, "reporterConcern")).isEqualTo(ContractMessages.oneOf(ReporterConcern.values()));
    }
}
