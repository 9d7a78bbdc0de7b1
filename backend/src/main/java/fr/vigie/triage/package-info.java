/**
 * Triage: the reports as the system of record (PostgreSQL table {@code report}) and everything
 * workers do with them — the queue in triage order (band, then score, then age) with live
 * updates, report detail, claims, decisions and notes, sightings and contact links, the referral
 * packet, the unclaimed-P1 alert — each change announced through the transactional outbox.
 *
 * <p>Public API (everything else is package-private):
 * <ul>
 * <li>{@link fr.vigie.triage.ReportRegistry}, for processing: record an
 * {@link fr.vigie.triage.AssessedReport} (who sent it, what was seen, where, and its
 * {@link fr.vigie.triage.Assessment}: {@link fr.vigie.triage.PriorityBand},
 * {@link fr.vigie.triage.Signal}s, {@link fr.vigie.triage.ReportEntities}) and learn what that
 * did ({@link fr.vigie.triage.Recording}); reassess open reports after a change of rules; a
 * report's progress in the partner's terms ({@link fr.vigie.triage.PartnerProgress}), for intake;</li>
 * <li>{@link fr.vigie.triage.ReportRetention}, for retention: find, purge and anonymise reports;</li>
 * <li>{@link fr.vigie.triage.ClaimRelease}, for shifts: a worker's claims released at her handover;
 * {@link fr.vigie.triage.QueueChanged}, the in-process event after a report arrived, was claimed or
 * decided (with where it was seen), which shifts' alert sweep listens to;
 * {@link fr.vigie.triage.WatchAlertRaised} and {@link fr.vigie.triage.WatchEnded}, published in the
 * transaction that raises a watch alert or stops a watch, for shifts' notification channel (e-mail);</li>
 * <li>{@link fr.vigie.triage.ReportFigures}, for statistics: the figures of a period (counts by
 * band, status, platform, département, source, decision and referral channel; delays per band;
 * a series), computed by SQL aggregations — codes, dates and counts, never content;
 * {@link fr.vigie.triage.WorkerFigures}, for statistics: each worker's claims, decisions and time
 * spent (claim to decision) in time windows — usernames and counts, never content.</li>
 * </ul>
 */
package fr.vigie.triage;
