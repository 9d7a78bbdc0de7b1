-- Issue 18: the look-up of a batch's originals (Sightings.originalsOf) asks, per report, for the
-- earliest earlier report with the same canonical URL, or the same fingerprint, received since the
-- window's start: "where fingerprint = ? and received_at >= ? order by received_at limit 1". With an
-- index on the fingerprint alone, PostgreSQL could instead walk report_received in order and filter
-- every report of the window, which a new text (no match) walks to the end: measured, a third
-- 5,000-report drain spent 2.6 ms of PostgreSQL CPU per report in that SELECT (0.5 ms in the first),
-- growing with the table. With the date after the key, the first matching entry is the answer, and
-- a report without a match costs one index probe. Same number of indexes: inserts pay no more.
create index report_fingerprint_received on report (fingerprint, received_at);
drop index report_fingerprint;
create index report_canonical_url_received on report (canonical_url, received_at);
drop index report_canonical_url;
