/**
 * Statistics: the figures coordinators and funders need — reports received by band, status,
 * platform, département and partner, decisions and referral channels, delays per band, a series
 * per day, week or month (Europe/Paris) — as JSON ({@code GET /api/v1/statistics}) and as files
 * ({@code GET /api/v1/statistics/export}: CSV, XLSX, the PDF "Rapport d'activité"), where counts
 * from 1 to 4 are shown as "&lt; 5". Figures only: no content, contact or worker's name — except
 * each worker's activity ({@code GET /api/v1/statistics/workers}: claims, decisions, time spent,
 * over the period and each of her shifts), for coordinators only and never exported. Every read
 * and every export is audited. Computed by triage's figures API
 * {@link fr.vigie.triage.ReportFigures} and {@link fr.vigie.triage.WorkerFigures} (SQL aggregations
 * over triage's tables, which triage owns); the shifts from shifts' {@link fr.vigie.shifts.Duty}.
 *
 * <p>No public API: only its HTTP endpoints.
 */
package fr.vigie.statistics;
