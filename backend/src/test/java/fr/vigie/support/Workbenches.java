package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.triage.ReportRegistry;

/** People signed in to a test server, and reports sent and processed, for the workbench's tests. */
public final class Workbenches {

    private final int port;
    private final UserAccounts users;
    private final ReportRegistry reports;

    public Workbenches(int port, UserAccounts users, ReportRegistry reports) {
        this.port = port;
        this.users = users;
        this.reports = reports;
    }

    /** A new person with these roles, signed in. */
    public VigieApi person(String prefix, Role... roles) {
        String name = TestUsers.ensure(users, prefix + "-" + UUID.randomUUID().toString().substring(0, 8), roles);
        var api = VigieApi.at(port);
        assertThat(api.login(name, TestUsers.PASSWORD).status()).isEqualTo(200);
        return api;
    }

    /** Sends a report as the partner with this key and waits until processing has recorded it. */
    public UUID processed(String apiKey, String externalId, String text) {
        var accepted = VigieApi.at(port).postAsPartner(apiKey, "/api/v1/reports", SyntheticReports.report(externalId, text));
        assertThat(accepted.status()).as("accepted").isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) >= 1);
        return id;
    }

    /**
     * Sends the reports in one batch as the partner with this key (so that they reach the partitions,
     * and their consumers, together) and waits until every one is processed; their ids in order.
     */
    public List<UUID> processedTogether(String apiKey, List<Map<String, Object>> toSend) {
        var answer = VigieApi.at(port).postAsPartner(apiKey, "/api/v1/reports/batch", Map.of("reports", toSend));
        assertThat(answer.status()).isEqualTo(200);
        List<UUID> ids = answer.body().get("results").valueStream()
                .peek(r -> assertThat(r.get("outcome").asString()).isEqualTo("ACCEPTED"))
                .map(r -> UUID.fromString(r.get("id").asString())).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) == 1));
        return ids;
    }

    /** The person claims the report and records the decision; the answer of the decision. */
    public static VigieApi.Response decide(VigieApi person, UUID id, Map<String, ?> decision) {
        assertThat(person.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        return person.post("/api/v1/reports/" + id + "/decisions", decision);
    }

    public static Map<String, Object> policeReferral() {
        return Map.of("type", "REFERRAL", "channel", "POLICE", "urgency", "IMMEDIATE",
                "justification", "mineure de 16 ans selon l'annonce, rendez-vous ce soir à l'hôtel");
    }
}
