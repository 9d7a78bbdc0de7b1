-- Rescoring (feature: processing): each rescoring of the open reports after a publication, its
-- progress and who runs it. The instance running it renews its lease as it goes; a rescoring
-- whose lease ran out (its instance died) is taken over by any live instance and goes on after
-- last_report_id. No content; last_report_id is cleared when the rescoring ends.
create table rescoring (
    id             bigserial primary key,
    rules_version  text not null references rule_set (version),
    state          text not null check (state in ('RUNNING', 'DONE', 'FAILED', 'SUPERSEDED')),
    total          integer not null,
    done           integer not null default 0,
    changed        integer not null default 0,
    last_report_id uuid,
    instance       text not null,
    lease_until    timestamptz not null,
    resumed        integer not null default 0,
    started_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
-- at most one rescoring runs at a time: a publication supersedes the one running
create unique index rescoring_one_running on rescoring ((true)) where state = 'RUNNING';
