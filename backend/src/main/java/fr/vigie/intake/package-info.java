/**
 * Intake: accepting a report from a partner (API v1) or from the workbench form, and answering
 * only once it is durably in Kafka, the intake log.
 *
 * <p>Public API, to processing: the message written to {@code vigie.reports.submitted},
 * {@link fr.vigie.intake.SubmittedReport}, and the report as the contract defines it,
 * {@link fr.vigie.intake.ReportSubmission} (with {@link fr.vigie.intake.Platform},
 * {@link fr.vigie.intake.SightingLocation}, {@link fr.vigie.intake.ReporterConcern}). The
 * controllers, the contract parser, the idempotency records and the Kafka transaction are
 * package-private.
 */
package fr.vigie.intake;
