/**
 * Webhooks: each partner may give a URL where Vigie POSTs every change of what it can see of its
 * reports (status, outcome, shared notes), signed with a secret shown once. Driven by the report
 * events the outbox publishes to {@code vigie.reports.events} (consumer group
 * {@code vigie-webhooks}: once across instances), queued and retried from PostgreSQL (a row claim
 * with {@code FOR UPDATE SKIP LOCKED}), with exponential backoff for 24 hours; never to a private,
 * loopback, link-local, multicast or unique-local address (see {@link fr.vigie.webhooks.PublicAddresses}).
 *
 * <p>No public API: nothing depends on this feature. It uses {@code partners.PartnerDirectory},
 * {@code triage.PartnerFeedback}, {@code triage.ReportEvent}, {@code triage.ReportsRemoved},
 * {@code identity.SealedSecrets} and {@code audit.Audit}.
 */
package fr.vigie.webhooks;
