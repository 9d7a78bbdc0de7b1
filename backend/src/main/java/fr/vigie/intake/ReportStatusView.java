package fr.vigie.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.vigie.triage.PartnerProgress;

/**
 * Partner API v1 status read-back: where the report stands, how it ended and the notes written
 * for the sender — never a worker's name, never an internal note.
 *
 * @param outcome     {@code CONTACT}, {@code REFERRAL}, {@code NO_ACTION}, {@code DUPLICATE}, or null
 * @param sharedNotes the notes a worker marked shareable with the sender: text and date
 */
record ReportStatusView(UUID id, String externalId, String status, int version, Instant updatedAt, String outcome,
        List<PartnerProgress.SharedNote> sharedNotes) {
}
