/**
 * Shifts: who works when, on which part of the queue, and who coordinates on duty. Owns the tables
 * {@code shift}, {@code shift_handover}, the duty alerts' tables, {@code alert_email} and
 * {@code watch_alert_email} (the notification channel of watch alerts, fed by triage's
 * {@code WatchAlertRaised}). Public API: {@link fr.vigie.shifts.Duty} (who is on shift
 * or on duty at an instant, and her scope; the worker shifts of a period, for statistics), {@link fr.vigie.shifts.ShiftKind}, {@link fr.vigie.shifts.Scope}.
 * Talks to identity through {@code UserAccounts} (is this person a worker, enabled) and to triage
 * through its public API (claims released at a handover, reads counted for exposure).
 */
package fr.vigie.shifts;
