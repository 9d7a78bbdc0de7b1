package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

/**
 * Published by {@link ReportRetention} inside the transaction that deletes these reports: a
 * feature that keeps rows about reports (alerts, webhook deliveries) deletes its own in the same
 * transaction, so that nothing outlives the report it concerns.
 */
public record ReportsRemoved(List<UUID> ids) {
}
