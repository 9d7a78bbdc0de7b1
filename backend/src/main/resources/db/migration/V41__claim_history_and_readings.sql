-- Triage: every claim kept with when it began and ended (a claim history), so that the time to a
-- report's first claim can be measured, and the coordinator sees who held what. A lease that ran
-- out ends at its last expiry; the reason says how each claim ended.
create table report_claim_history (
    id           bigserial primary key,
    report_id    uuid not null references report (id),
    worker       text not null,
    claimed_at   timestamptz not null,
    -- the lease's expiry as last renewed: the end of a claim nobody released
    lease_until  timestamptz not null,
    released_at  timestamptz,
    reason       text check (reason in ('RELEASED', 'DECIDED', 'REASSIGNED', 'EXPIRED', 'HANDOVER', 'ANSWERED'))
);
create index report_claim_history_report on report_claim_history (report_id, claimed_at);
create unique index report_claim_history_open on report_claim_history (report_id) where released_at is null;
insert into report_claim_history (report_id, worker, claimed_at, lease_until)
    select report_id, worker, claimed_at, expires_at from report_claim;

-- Triage: who read which report when (its band then), to count a worker's exposure per shift:
-- ids and bands only, never content. Purged with the report.
create table report_reading (
    report_id  uuid not null references report (id),
    reader     text not null,
    read_at    timestamptz not null,
    priority   text not null
);
create index report_reading_reader on report_reading (reader, read_at);
create index report_reading_report on report_reading (report_id);
