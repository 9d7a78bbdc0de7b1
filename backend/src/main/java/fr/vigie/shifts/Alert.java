package fr.vigie.shifts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert as a coordinator sees it: band, platform, département, how long it has waited, a link.
 * Never report content.
 *
 * @param reportId             the report, null for EXPOSURE
 * @param worker               who holds it (CLAIMED_UNDECIDED), escalated it (ESCALATION), or reached
 *                             her budget (EXPOSURE)
 * @param since                when the wait began (arrival, claim, escalation, budget reached)
 * @param waiting              from {@code since} to now, or to its resolution
 * @param recipients           the coordinators it was routed to
 * @param noCoordinatorOnDuty  nobody was on duty for it: it went to every coordinator
 * @param link                 the workbench page to open
 */
public record Alert(UUID id, AlertKind kind, UUID reportId, String priority, String platform, String department,
        String worker, Instant since, Duration waiting, Instant raisedAt, List<String> recipients,
        boolean noCoordinatorOnDuty, String acknowledgedBy, Instant acknowledgedAt, Instant resolvedAt, String link) {
}
