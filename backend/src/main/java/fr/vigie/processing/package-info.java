/**
 * Processing: consumes {@code vigie.reports.submitted}, assesses each report (signals, band,
 * score), records it with triage and indexes it with search, then lets the offset be committed.
 * A record that cannot be processed goes to {@code vigie.reports.submitted.dlt} and the rest
 * goes on. Also measures the intake consumer lag.
 */
package fr.vigie.processing;
