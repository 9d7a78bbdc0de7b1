package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.VigieApplication;
import fr.vigie.support.VigieApi;

/**
 * Whatever JSON a partner sends — random shapes, random types, contract fields with random
 * values — the answer is never a 5xx.
 */
class ArbitraryBodiesIT {

    private static final String PARTNER_KEY = "arbitrary-bodies-key-0123456";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("externalId", "platform", "platformName", "url", "text",
            "observedAt", "location", "contacts", "reporterConcern", "note", "image", "reports");

    private static ConfigurableApplicationContext app;
    private static VigieApi api;

    @BeforeContainer
    static void start() throws Exception {
        var dataDir = java.nio.file.Files.createTempDirectory(
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "it-data")), "arbitrary-");
        app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir,
                "--server.port=0", "--vigie.bootstrap.partner-key=" + PARTNER_KEY,
                "--vigie.partners.rate-limit.requests-per-minute=100000");
        api = VigieApi.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 300)
    void neverA5xx(@ForAll("bodies") String body, @ForAll("paths") String path) {
        var response = api.postRawAsPartner(PARTNER_KEY, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as("status for %s", body.length() > 300 ? body.substring(0, 300) : body).isLessThan(500);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("/api/v1/reports", "/api/v1/reports/batch");
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                values(3).map(JSON::writeValueAsString),
                contractShaped().map(JSON::writeValueAsString),
                contractShaped().list().ofMaxSize(3).map(items -> JSON.writeValueAsString(Map.of("reports", items))));
    }

    private Arbitrary<Map<String, Object>> contractShaped() {
        return Arbitraries.maps(Arbitraries.of(FIELDS), values(2)).ofMaxSize(FIELDS.size());
    }

    private Arbitrary<Object> values(int depth) {
        var leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.of("2026-11-27T21:14:00Z", "CLASSIFIED_AD", "IMMEDIATE_DANGER", "https://example.org/a",
                        "javascript:x", "", " ", "\u0000", "06 39 98 00 00").map(s -> (Object) s));
        if (depth == 0) {
            return leaves;
        }
        return Arbitraries.oneOf(leaves,
                values(depth - 1).list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.of(FIELDS), values(depth - 1)).ofMaxSize(3).map(m -> (Object) m));
    }
}
