package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.infrastructure.web.FieldProblem;

/** What each decision type requires, checked without HTTP: every missing or wrong field by name. */
class DecisionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    /** A decision with only the named fields set, as the workbench would send it. */
    private static DecisionRequest request(Map<String, String> f) {
        return new DecisionRequest(f.get("type"), f.get("channel"), f.get("messageSummary"), f.get("outcome"),
                f.get("followUpDate"), f.get("urgency"), f.get("justification"), f.get("externalReference"),
                f.get("reason"), f.get("comment"), f.get("duplicateOf"), f.get("supersedes"));
    }

    private static DecisionRules.Checked check(Map<String, String> fields) {
        return DecisionRules.check(request(fields), TODAY);
    }

    private static Map<String, String> problems(Map<String, String> fields) {
        var problems = new java.util.TreeMap<String, String>();
        check(fields).problems().forEach(p -> problems.put(p.field(), p.message()));
        return problems;
    }

    @Test
    void aTypeIsRequiredAndMustBeKnown() {
        assertThat(problems(Map.of())).containsOnly(Map.entry("type", "obligatoire / required"));
        assertThat(problems(Map.of("type", "contact"))).containsOnlyKeys("type");
        assertThat(problems(Map.of("type", "ARCHIVE")).get("type")).contains("CONTACT, REFERRAL, NO_ACTION, DUPLICATE, ESCALATE");
    }

    @Test
    void aContactNeedsItsChannelSummaryAndOutcome() {
        assertThat(problems(Map.of("type", "CONTACT"))).containsOnlyKeys("channel", "messageSummary", "outcome");

        var checked = check(Map.of("type", "CONTACT", "channel", "SMS", "messageSummary", "  Message de prise de contact  ",
                "outcome", "NO_REPLY", "followUpDate", "2026-12-01"));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.type()).isEqualTo(DecisionType.CONTACT);
        assertThat(checked.followUpOn()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(checked.details()).containsEntry("messageSummary", "Message de prise de contact")
                .containsEntry("followUpDate", "2026-12-01").containsEntry("channel", "SMS");
    }

    @Test
    void aFollowUpIsADateFromTodayOn() {
        var base = Map.of("type", "CONTACT", "channel", "SMS", "messageSummary", "m", "outcome", "NO_REPLY");
        var past = new java.util.HashMap<>(base);
        past.put("followUpDate", "2026-11-27");
        var today = new java.util.HashMap<>(base);
        today.put("followUpDate", "2026-11-28");
        var french = new java.util.HashMap<>(base);
        french.put("followUpDate", "01/12/2026");

        assertThat(problems(past)).containsOnly(Map.entry("followUpDate", "ne peut pas être passée / cannot be in the past"));
        assertThat(problems(today)).isEmpty();
        assertThat(problems(french)).containsOnly(Map.entry("followUpDate", "date attendue AAAA-MM-JJ / expected YYYY-MM-DD"));
    }

    @Test
    void aReferralNeedsAKnownChannelAnUrgencyAndAJustification() {
        assertThat(problems(Map.of("type", "REFERRAL"))).containsOnlyKeys("channel", "urgency", "justification");
        assertThat(problems(Map.of("type", "REFERRAL", "channel", "SMS", "urgency", "NORMAL", "justification", "j")))
                .containsOnly(Map.entry("channel", "valeur inconnue / unknown value: "
                        + "CRIP, PARTNER_ASSOCIATION, PHAROS, POLICE, PROSECUTOR, SNATED_119"));

        var checked = check(Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT", "justification", "Mineure en danger",
                "externalReference", " IP-2026-0042 "));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.details()).containsEntry("externalReference", "IP-2026-0042");
    }

    @Test
    void noActionNeedsAReasonAndAComment() {
        assertThat(problems(Map.of("type", "NO_ACTION", "reason", "BORED"))).containsOnlyKeys("reason", "comment");
        assertThat(problems(Map.of("type", "NO_ACTION", "reason", "AD_REMOVED", "comment", "annonce retirée"))).isEmpty();
    }

    @Test
    void aDuplicateNamesTheReportItRepeats() {
        UUID original = UUID.randomUUID();

        assertThat(problems(Map.of("type", "DUPLICATE"))).containsOnly(Map.entry("duplicateOf", "obligatoire / required"));
        assertThat(problems(Map.of("type", "DUPLICATE", "duplicateOf", "rapport-12")))
                .containsOnly(Map.entry("duplicateOf", "identifiant invalide / invalid id"));
        assertThat(check(Map.of("type", "DUPLICATE", "duplicateOf", " " + original + " ")).duplicateOf()).isEqualTo(original);
    }

    @Test
    void anEscalationNeedsAReason() {
        assertThat(problems(Map.of("type", "ESCALATE"))).containsOnlyKeys("reason");
        assertThat(check(Map.of("type", "ESCALATE", "reason", "Besoin d'un avis")).details()).containsEntry("reason", "Besoin d'un avis");
    }

    @Test
    void textsHaveTheirLimits() {
        var checked = problems(Map.of("type", "ESCALATE", "reason", "x".repeat(2001)));

        assertThat(checked).containsOnly(Map.entry("reason", "2000 caractères au plus / at most 2000 characters"));
    }

    @Test
    void anyDecisionMaySupersedeAnEarlierOne() {
        UUID earlier = UUID.randomUUID();

        assertThat(check(Map.of("type", "ESCALATE", "reason", "r", "supersedes", earlier.toString())).supersedes()).isEqualTo(earlier);
        assertThat(problems(Map.of("type", "ESCALATE", "reason", "r", "supersedes", "la précédente")))
                .containsOnly(Map.entry("supersedes", "identifiant invalide / invalid id"));
    }

    @Test
    void problemsAreFieldProblems() {
        assertThat(check(Map.of()).problems()).containsExactly(new FieldProblem("type", "obligatoire / required"));
    }
}
