package fr.vigie.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A report's id is derived from who sent it and their own id for it, so that a repeated call
 * and a Kafka redelivery name the same report.
 */
final class ReportIds {

    private ReportIds() {
    }

    static UUID of(String sourceKey, String externalId) {
        return UUID.nameUUIDFromBytes(("vigie:report:" + sourceKey + ":" + externalId).getBytes(StandardCharsets.UTF_8));
    }
}
