package fr.vigie.triage;

import java.time.Instant;
import java.util.List;

/**
 * What a partner may know of a report it sent: where it stands, how it ended, the notes a worker
 * wrote for it, and since when — never a worker's name, never an internal note (SPEC, "Partner
 * feedback API").
 *
 * @param status      {@code RECEIVED}, {@code IN_REVIEW}, {@code ACTIONED} or {@code CLOSED}
 * @param updatedAt   when any of this last changed
 * @param outcome     {@code CONTACT}, {@code REFERRAL}, {@code NO_ACTION} or {@code DUPLICATE} once the
 *                    report is actioned or closed (approved, where a second approval is needed); null before
 * @param sharedNotes the notes marked shareable, oldest first
 */
public record PartnerProgress(String status, Instant updatedAt, String outcome, List<SharedNote> sharedNotes) {

    /** A note written for the partner: its text and date, never its author. */
    public record SharedNote(String text, Instant at) {
    }

    public PartnerProgress {
        sharedNotes = sharedNotes == null ? List.of() : List.copyOf(sharedNotes);
    }
}
