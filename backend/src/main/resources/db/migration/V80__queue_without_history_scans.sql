-- The queue and its counts without reading history (issue 18): the open reports in triage order as
-- one partial index walked from a keyset cursor, the due follow-ups from a small table kept by the
-- decision trigger, and the open counts per band from a counts table fed by statement triggers.

-- Triage order: band, reporter-flagged immediate danger first, score highest first, oldest first, id.
-- (-score) so that a row comparison with one direction walks the index from a cursor.
create index report_queue_keyset on report
    (priority, (case when reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end), (-score), received_at, id)
    where status in ('NEW', 'IN_REVIEW');
-- one status (the queue filtered on ESCALATED, CLOSED…) in the same order
create index report_status_keyset on report
    (status, priority, (case when reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end), (-score), received_at, id);
drop index if exists report_queue_order;
drop index if exists report_open_queue;

-- The latest decision of each report and its follow-up date, if any: the queue's due follow-ups are
-- an index range of this table instead of a "latest decision" over every decision ever recorded.
create table report_follow_up (
    report_id     uuid primary key references report (id) on delete cascade,  -- derived from decisions: goes with its report
    author        text not null,
    follow_up_on  date,
    decided_at    timestamptz not null
);
create index report_follow_up_due on report_follow_up (follow_up_on) where follow_up_on is not null;

insert into report_follow_up (report_id, author, follow_up_on, decided_at)
select distinct on (report_id) report_id, author, follow_up_on, created_at from decision
order by report_id, created_at desc;

create function report_follow_up_latest() returns trigger language plpgsql as $$
begin
    insert into report_follow_up (report_id, author, follow_up_on, decided_at)
    values (new.report_id, new.author, new.follow_up_on, new.created_at)
    on conflict (report_id) do update
        set author = excluded.author, follow_up_on = excluded.follow_up_on, decided_at = excluded.decided_at
        where report_follow_up.decided_at <= excluded.decided_at;
    return null;
end $$;
create trigger decision_follow_up_latest after insert on decision
    for each row execute function report_follow_up_latest();

-- Open reports per band, platform and département. Writers only append signed deltas (one row per key
-- and statement, no row lock shared between concurrent transactions); a scheduled job folds them into
-- queue_count. A count is the sum of both: a few hundred rows, whatever the size of the queue.
create table queue_count (
    priority    text not null,
    platform    text not null,
    department  text not null,     -- '' when unknown
    n           bigint not null,
    primary key (priority, platform, department)
);
create table queue_count_delta (
    priority    text not null,
    platform    text not null,
    department  text not null,
    n           bigint not null
);

insert into queue_count (priority, platform, department, n)
select priority, platform, coalesce(department, ''), count(*) from report
where status in ('NEW', 'IN_REVIEW') group by 1, 2, 3;

create function queue_count_inserted() returns trigger language plpgsql as $$
begin
    insert into queue_count_delta (priority, platform, department, n)
    select priority, platform, coalesce(department, ''), count(*) from new_rows
    where status in ('NEW', 'IN_REVIEW') group by 1, 2, 3;
    return null;
end $$;
create function queue_count_updated() returns trigger language plpgsql as $$
begin
    insert into queue_count_delta (priority, platform, department, n)
    select priority, platform, department, sum(n) from (
        select priority, platform, coalesce(department, '') as department, 1 as n from new_rows
        where status in ('NEW', 'IN_REVIEW')
        union all
        select priority, platform, coalesce(department, ''), -1 from old_rows
        where status in ('NEW', 'IN_REVIEW')) moved
    group by 1, 2, 3 having sum(n) <> 0;
    return null;
end $$;
create function queue_count_deleted() returns trigger language plpgsql as $$
begin
    insert into queue_count_delta (priority, platform, department, n)
    select priority, platform, coalesce(department, ''), -count(*) from old_rows
    where status in ('NEW', 'IN_REVIEW') group by 1, 2, 3;
    return null;
end $$;
create trigger report_queue_count_insert after insert on report
    referencing new table as new_rows for each statement execute function queue_count_inserted();
create trigger report_queue_count_update after update on report
    referencing old table as old_rows new table as new_rows for each statement execute function queue_count_updated();
create trigger report_queue_count_delete after delete on report
    referencing old table as old_rows for each statement execute function queue_count_deleted();
