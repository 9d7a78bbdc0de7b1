package fr.vigie.intake;

import java.time.Instant;
import java.util.UUID;

/** Partner API v1 status read-back: no notes, no names, nothing but where the report stands. */
record ReportStatusView(UUID id, String externalId, String status, int version, Instant updatedAt) {
}
