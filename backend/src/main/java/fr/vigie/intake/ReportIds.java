package fr.vigie.intake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A report's id is derived from who sent it and their own id for it, so that a repeated call
 * and a Kafka redelivery name the same report without a look-up before the acknowledgement.
 */
final class ReportIds {

    private ReportIds() {
    }

    static UUID of(UUID partnerId, String externalId) {
        return UUID.nameUUIDFromBytes(("vigie:report:" + partnerId + ":" + externalId).getBytes(StandardCharsets.UTF_8));
    }
}
