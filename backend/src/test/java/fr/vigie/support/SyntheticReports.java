package fr.vigie.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Synthetic reports: invented text, no real person, no real number or handle. */
public final class SyntheticReports {

    private SyntheticReports() {
    }

    public static Map<String, Object> report(String externalId, String text) {
        var report = new LinkedHashMap<String, Object>();
        report.put("externalId", externalId);
        report.put("platform", "CLASSIFIED_AD");
        report.put("platformName", "Annonces-" + externalId);
        report.put("url", "https://annonces.example.org/a/" + externalId);
        report.put("text", text);
        report.put("observedAt", Instant.now().minusSeconds(3600).toString());
        report.put("location", Map.of("city", "Lyon", "postalCode", "69003", "department", "69"));
        // A handle of its own per report: shared contacts link reports, and these must not be linked.
        report.put("contacts", List.of("@exemple_" + UUID.randomUUID().toString().substring(0, 8)));
        report.put("reporterConcern", "HIGH");
        return report;
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
