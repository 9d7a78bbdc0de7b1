/**
 * Processing: consumes {@code vigie.reports.submitted}, assesses each report (signals, band,
 * score), records it with triage and indexes it with search, then lets the offset be committed.
 * A record that cannot be processed goes to {@code vigie.reports.submitted.dlt} and the rest
 * goes on. Also owns the signal rules as versioned data ({@code /api/v1/rules}, preview,
 * publication, rescoring) and measures the intake consumer lag.
 *
 * <p>No public API: nothing calls processing; it calls intake's, triage's and search's. Its
 * analysis core, {@code processing.analysis}, is internal to the module and plain Java
 * ({@code ModularityTests} holds it free of Spring and of the other features); its verdict
 * reaches triage's words in one place, {@code TriageTerms}.
 */
package fr.vigie.processing;
