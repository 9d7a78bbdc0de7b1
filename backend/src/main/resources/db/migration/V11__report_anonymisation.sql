-- Retention (feature: retention, through triage's ReportRetention): when a report's content was
-- removed by the retention job; the row stays (id, status, dates, band) for statistics and the audit.
alter table report add column anonymised_at timestamptz;
create index report_retention on report (status, updated_at) where anonymised_at is null;
