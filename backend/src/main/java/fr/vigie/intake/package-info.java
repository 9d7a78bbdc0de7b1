/**
 * Intake: accepting a report from a partner (API) and answering only once it is durably in
 * Kafka, the intake log. Owns the submission contract ({@link fr.vigie.intake.ReportSubmission})
 * and the message written to {@code vigie.reports.submitted}
 * ({@link fr.vigie.intake.SubmittedReport}), which is this feature's public API to processing.
 */
package fr.vigie.intake;
