/**
 * Triage: the reports as the system of record (PostgreSQL table {@code report}) and the
 * worker's queue, in triage order (band, then score, then age). Public API:
 * {@link fr.vigie.triage.ReportRegistry} for processing to record assessed reports.
 */
package fr.vigie.triage;
