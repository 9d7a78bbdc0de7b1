/**
 * Statistics: the figures coordinators and funders need — reports received by band, status,
 * platform, département and partner, decisions and referral channels, delays per band, a series
 * per day, week or month (Europe/Paris) — as JSON ({@code GET /api/v1/statistics}) and as files
 * ({@code GET /api/v1/statistics/export}: CSV, XLSX, the PDF "Rapport d'activité"), where counts
 * from 1 to 4 are shown as "&lt; 5". Figures only: no content, contact or worker's name. Every read
 * and every export is audited. Computed by triage's figures API
 * {@link fr.vigie.triage.ReportFigures} (SQL aggregations over triage's tables, which triage owns).
 *
 * <p>No public API: only its HTTP endpoints.
 */
package fr.vigie.statistics;
