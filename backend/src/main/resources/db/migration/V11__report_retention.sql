-- Retention (feature: retention, through triage's ReportRetention).
-- When a report's content was removed; the row stays (id, status, dates, band) for statistics
-- and the audit trail.
alter table report add column anonymised_at timestamptz;
create index report_retention on report (status, updated_at) where anonymised_at is null;

-- Decisions and notes are append-only (V4). The retention job alone may delete them (purge) or
-- blank their free text (anonymisation): it sets vigie.retention = 'on' for its transaction only.
create or replace function refuse_history_rewrite() returns trigger language plpgsql as $$
begin
    if current_setting('vigie.retention', true) = 'on' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'history is append-only: % on % refused', tg_op, tg_table_name;
end $$;
