/**
 * Audit: the append-only, hash-chained log of who did what, when, from where, on which report
 * (PostgreSQL table {@code audit_log}). Details never hold report content. Public API:
 * {@link fr.vigie.audit.Audit#record} for every feature that reads report content, decides,
 * exports or administers; {@link fr.vigie.audit.AuditActions} for the action codes.
 */
package fr.vigie.audit;
