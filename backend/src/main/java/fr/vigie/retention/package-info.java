/**
 * Retention: applies {@code vigie.retention.*} to reports — purge (PostgreSQL row and search
 * document deleted) or anonymise (content removed from both) once a report has stayed in a given
 * status long enough; reports in any other status (unhandled, in review, escalated…) are kept.
 * Runs on a schedule and on demand, with a dry run; every run is audited. Goes through the public
 * APIs {@link fr.vigie.triage.ReportRetention} and {@link fr.vigie.search.ReportIndex}.
 *
 * <p>No public API: nothing calls retention.
 */
package fr.vigie.retention;
