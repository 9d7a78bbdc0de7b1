package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

/** Another report that shows the same phone number or handle: possibly the same network. */
record LinkedReport(UUID id, PriorityBand priority, ReportStatus status, List<String> sharedContacts) {
}
