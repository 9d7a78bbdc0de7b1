package fr.vigie.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.BadRequest;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;

/**
 * Every class of bad parameter of the Statistics API, as an administrator who may call it: 400 (or
 * the container's own 4xx) with a problem document naming the parameter, never 5xx, and no
 * read or export audited for a refused request.
 */
class StatisticsBadInputIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badInputs() {
        var cases = new ArrayList<BadRequest>();
        for (String path : List.of("/api/v1/statistics?", "/api/v1/statistics/export?format=csv&")) {
            get(cases, path, "a from that is not a date", "from=hier&to=2021-03-31", 400, "from");
            get(cases, path, "a to that is no day", "from=2021-02-01&to=2021-02-30", 400, "to");
            get(cases, path, "a date with a time", "from=2021-03-01T00:00:00Z&to=2021-03-31", 400, "from");
            get(cases, path, "from without to", "from=2021-03-01", 400, "to");
            get(cases, path, "to without from", "to=2021-03-31", 400, "from");
            get(cases, path, "to before from", "from=2021-03-31&to=2021-03-01", 400, "to");
            get(cases, path, "six years", "from=2020-01-01&to=2025-12-31", 400, "to");
            get(cases, path, "year 1", "from=0001-01-01&to=0001-01-31", 400, "from");
            get(cases, path, "year 9999", "from=9999-01-01&to=9999-01-31", 400, "from");
            get(cases, path, "an unknown interval", "from=2021-03-01&to=2021-03-31&interval=hour", 400, "interval");
            get(cases, path, "NUL in interval", "from=2021-03-01&to=2021-03-31&interval=da%00y", 400, "interval");
            get(cases, path, "NUL in from", "from=2021-03%0001&to=2021-03-31", 400, "from");
            get(cases, path, "from twice", "from=2021-03-01&from=2021-03-02&to=2021-03-31", 400, "from");
            get(cases, path, "a very long from", "from=" + "9".repeat(5_000) + "&to=2021-03-31", 400, "from");
            get(cases, path, "an empty from", "from=&to=2021-03-31", 400, "from");
        }
        cases.add(BadRequest.get("no format", "/api/v1/statistics/export?from=2021-03-01&to=2021-03-31", 400, "format"));
        cases.add(BadRequest.get("an unknown format", "/api/v1/statistics/export?format=docx", 400, "format"));
        cases.add(BadRequest.get("NUL in format", "/api/v1/statistics/export?format=pd%00f", 400, "format"));
        cases.add(BadRequest.get("a bad format and a bad date", "/api/v1/statistics/export?format=odt&from=x&to=2021-03-01", 400,
                "from"));
        cases.add(new BadRequest("the figures asked for in XML", "GET", "/api/v1/statistics", null, 406, null,
                "Accept", "application/xml"));
        cases.add(new BadRequest("a method the statistics do not answer", "POST", "/api/v1/statistics", "{}", 405, null));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsAudited(BadRequest bad) {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        long before = audited();

        var response = admin.asPerson(bad.method(), bad.path(), bad.body(), bad.headers());

        ProblemAssertions.assertProblem(response, bad.status(), bad.field());
        assertThat(audited()).as("statistics reads and exports audited").isEqualTo(before);
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_log where action in ('STATISTICS_READ', 'STATISTICS_EXPORTED')")
                .query(Long.class).single();
    }

    private static void get(List<BadRequest> cases, String path, String name, String query, int status, String field) {
        cases.add(BadRequest.get((path.contains("export") ? "export: " : "figures: ") + name, path + query, status, field));
    }
}
