-- Triage, for the statistics (triage.ReportFigures): the figures kept per Paris day by triggers,
-- so that a year of a million reports answers from a few tens of thousands of summary rows instead
-- of a scan of every report (which took seconds: docs/performance.md). Counts and dates only, no
-- content. The periods of the statistics are whole days in Paris (Europe/Paris), as these are.

-- Reports received that day, by band, status, platform, département ('' = none) and source
-- (the partner's id, '' = the workbench form; name = its name as the reports carry it), as they
-- stand now: a rescoring, a decision or a purge moves them.
create table report_figures_day (
    day        date not null,
    dimension  text not null check (dimension in ('priority', 'status', 'platform', 'department', 'source')),
    code       text not null,
    name       text,
    n          bigint not null,
    primary key (day, dimension, code)
);

-- The delays from arrival to first claim (kind 'C') and to first decision other than an
-- escalation ('D') of the reports received that day, per band, as a histogram: bucket is the
-- upper bound (seconds) of a range of width 1 min up to 1 h, 5 min up to 6 h, 15 min up to 24 h,
-- 1 h up to 7 days, 1 day beyond; seconds is the sum of the delays in it (their mean stands for
-- the bucket in the percentiles).
create table report_delay_day (
    day       date not null,
    priority  text not null,
    kind      text not null check (kind in ('C', 'D')),
    bucket    integer not null,
    n         bigint not null,
    seconds   double precision not null,
    primary key (day, priority, kind, bucket)
);

-- Decisions recorded that day (Paris), by type, and channel for a referral ('' otherwise).
create table decision_figures_day (
    day      date not null,
    type     text not null,
    channel  text not null,
    n        bigint not null,
    primary key (day, type, channel)
);

create function figures_day(at timestamptz) returns date language sql immutable as $$
    select (at at time zone 'Europe/Paris')::date
$$;

create function figures_bucket(delay double precision) returns integer language sql immutable as $$
    select (case when delay <= 3600 then ceil(delay / 60) * 60
                 when delay <= 6 * 3600 then ceil(delay / 300) * 300
                 when delay <= 86400 then ceil(delay / 900) * 900
                 when delay <= 7 * 86400 then ceil(delay / 3600) * 3600
                 else ceil(delay / 86400) * 86400 end)::integer
$$;

-- A set of reports added (+1, sign) or removed (-1): folded into the summaries, keys in order.
-- Statement-level, with the statement's rows as a transition table: a bulk insert or a purge is
-- one pass. (Transition tables are seen only by their trigger's function: one per statement kind.)
create function report_figures_inserted() returns trigger language plpgsql as $$
begin
    insert into report_figures_day (day, dimension, code, name, n)
        select figures_day(received_at), d.dimension, d.code, max(d.name), count(*)
        from new_rows
        cross join lateral (values ('priority', priority, null::text), ('status', status, null), ('platform', platform, null),
                                   ('department', coalesce(department, ''), null),
                                   ('source', coalesce(source_partner_id::text, ''), source_name)) as d(dimension, code, name)
        group by 1, 2, 3 order by 1, 2, 3
    on conflict (day, dimension, code) do update
        set n = report_figures_day.n + excluded.n, name = coalesce(excluded.name, report_figures_day.name);
    insert into report_delay_day (day, priority, kind, bucket, n, seconds)
        select day, priority, kind, figures_bucket(delay), count(*), sum(delay)
        from (select figures_day(received_at) as day, priority, k.kind,
                     extract(epoch from k.at - received_at)::double precision as delay
              from new_rows cross join lateral (values ('C', first_claimed_at), ('D', first_decided_at)) as k(kind, at)
              where k.at is not null) x
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (day, priority, kind, bucket) do update
        set n = report_delay_day.n + excluded.n, seconds = report_delay_day.seconds + excluded.seconds;
    return null;
end $$;

create function report_figures_deleted() returns trigger language plpgsql as $$
begin
    update report_figures_day f set n = f.n - o.n
        from (select figures_day(received_at) as day, d.dimension, d.code, count(*) as n
              from old_rows
              cross join lateral (values ('priority', priority), ('status', status), ('platform', platform),
                                         ('department', coalesce(department, '')),
                                         ('source', coalesce(source_partner_id::text, ''))) as d(dimension, code)
              group by 1, 2, 3 order by 1, 2, 3) o
        where f.day = o.day and f.dimension = o.dimension and f.code = o.code;
    update report_delay_day f set n = f.n - o.n, seconds = f.seconds - o.seconds
        from (select day, priority, kind, figures_bucket(delay) as bucket, count(*) as n, sum(delay) as seconds
              from (select figures_day(received_at) as day, priority, k.kind,
                           extract(epoch from k.at - received_at)::double precision as delay
                    from old_rows cross join lateral (values ('C', first_claimed_at), ('D', first_decided_at)) as k(kind, at)
                    where k.at is not null) x
              group by 1, 2, 3, 4 order by 1, 2, 3, 4) o
        where f.day = o.day and f.priority = o.priority and f.kind = o.kind and f.bucket = o.bucket;
    return null;
end $$;

-- One report changed in what is counted: -1 where it was, +1 where it is, summed per key and
-- written in key order (two transactions moving reports in opposite directions lock alike: no
-- deadlock). Row-level with a WHEN: an update that changes nothing counted costs nothing.
create function report_figures_moved() returns trigger language plpgsql as $$
begin
    insert into report_figures_day (day, dimension, code, name, n)
        select day, dimension, code, max(name), sum(sign)
        from (values (figures_day(old.received_at), 'priority', old.priority, null::text, -1),
                     (figures_day(new.received_at), 'priority', new.priority, null, 1),
                     (figures_day(old.received_at), 'status', old.status, null, -1),
                     (figures_day(new.received_at), 'status', new.status, null, 1),
                     (figures_day(old.received_at), 'platform', old.platform, null, -1),
                     (figures_day(new.received_at), 'platform', new.platform, null, 1),
                     (figures_day(old.received_at), 'department', coalesce(old.department, ''), null, -1),
                     (figures_day(new.received_at), 'department', coalesce(new.department, ''), null, 1),
                     (figures_day(old.received_at), 'source', coalesce(old.source_partner_id::text, ''), old.source_name, -1),
                     (figures_day(new.received_at), 'source', coalesce(new.source_partner_id::text, ''), new.source_name, 1))
             as v(day, dimension, code, name, sign)
        group by day, dimension, code having sum(sign) <> 0 order by day, dimension, code
    on conflict (day, dimension, code) do update
        set n = report_figures_day.n + excluded.n, name = coalesce(excluded.name, report_figures_day.name);
    insert into report_delay_day (day, priority, kind, bucket, n, seconds)
        select day, priority, kind, figures_bucket(delay), sum(sign), sum(sign * delay)
        from (values (figures_day(old.received_at), old.priority, 'C',
                      extract(epoch from old.first_claimed_at - old.received_at)::double precision, -1),
                     (figures_day(new.received_at), new.priority, 'C',
                      extract(epoch from new.first_claimed_at - new.received_at)::double precision, 1),
                     (figures_day(old.received_at), old.priority, 'D',
                      extract(epoch from old.first_decided_at - old.received_at)::double precision, -1),
                     (figures_day(new.received_at), new.priority, 'D',
                      extract(epoch from new.first_decided_at - new.received_at)::double precision, 1))
             as v(day, priority, kind, delay, sign)
        where delay is not null
        group by day, priority, kind, figures_bucket(delay) having sum(sign) <> 0 or sum(sign * delay) <> 0
        order by day, priority, kind, figures_bucket(delay)
    on conflict (day, priority, kind, bucket) do update
        set n = report_delay_day.n + excluded.n, seconds = report_delay_day.seconds + excluded.seconds;
    return null;
end $$;

create trigger report_figures_insert after insert on report referencing new table as new_rows
    for each statement execute function report_figures_inserted();
create trigger report_figures_delete after delete on report referencing old table as old_rows
    for each statement execute function report_figures_deleted();
create trigger report_figures_update
    after update of received_at, priority, status, platform, department, source_partner_id, first_claimed_at, first_decided_at
    on report for each row
    when ((old.received_at, old.priority, old.status, old.platform, old.department, old.source_partner_id,
           old.first_claimed_at, old.first_decided_at)
          is distinct from (new.received_at, new.priority, new.status, new.platform, new.department, new.source_partner_id,
                            new.first_claimed_at, new.first_decided_at))
    execute function report_figures_moved();

create function decision_figures_inserted() returns trigger language plpgsql as $$
begin
    insert into decision_figures_day (day, type, channel, n)
        select figures_day(created_at), type, case when type = 'REFERRAL' then coalesce(details ->> 'channel', '') else '' end,
               count(*)
        from new_rows group by 1, 2, 3 order by 1, 2, 3
    on conflict (day, type, channel) do update set n = decision_figures_day.n + excluded.n;
    return null;
end $$;

create function decision_figures_deleted() returns trigger language plpgsql as $$
begin
    update decision_figures_day f set n = f.n - o.n
        from (select figures_day(created_at) as day, type,
                     case when type = 'REFERRAL' then coalesce(details ->> 'channel', '') else '' end as channel, count(*) as n
              from old_rows group by 1, 2, 3) o
        where f.day = o.day and f.type = o.type and f.channel = o.channel;
    return null;
end $$;

create trigger decision_figures_insert after insert on decision referencing new table as new_rows
    for each statement execute function decision_figures_inserted();
create trigger decision_figures_delete after delete on decision referencing old table as old_rows
    for each statement execute function decision_figures_deleted();

-- what is already there
insert into report_figures_day (day, dimension, code, name, n)
    select figures_day(received_at), d.dimension, d.code, max(d.name), count(*)
    from report
    cross join lateral (values ('priority', priority, null::text), ('status', status, null), ('platform', platform, null),
                               ('department', coalesce(department, ''), null),
                               ('source', coalesce(source_partner_id::text, ''), source_name)) as d(dimension, code, name)
    group by 1, 2, 3;
insert into report_delay_day (day, priority, kind, bucket, n, seconds)
    select day, priority, kind, figures_bucket(delay), count(*), sum(delay)
    from (select figures_day(received_at) as day, priority, k.kind, extract(epoch from k.at - received_at)::double precision as delay
          from report cross join lateral (values ('C', first_claimed_at), ('D', first_decided_at)) as k(kind, at)
          where k.at is not null) x
    group by 1, 2, 3, 4;
insert into decision_figures_day (day, type, channel, n)
    select figures_day(created_at), type, case when type = 'REFERRAL' then coalesce(details ->> 'channel', '') else '' end, count(*)
    from decision group by 1, 2, 3;

-- the reports still waiting for their first claim, for the share past their band's target
create index report_unclaimed on report (received_at) where first_claimed_at is null;
