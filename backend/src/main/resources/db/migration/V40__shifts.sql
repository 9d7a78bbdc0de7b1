-- Shifts (feature: shifts): a person, a time window and a scope (platforms, départements; empty
-- arrays: everything). An open shift names nobody and offers slots that workers sign up for; each
-- sign-up is a shift of its own pointing at it. No overlap for one person is checked by the
-- application under an advisory lock per person (an exclusion constraint would need btree_gist,
-- which an external PostgreSQL may not offer).
create table shift (
    id             uuid primary key,
    username       text,
    kind           text not null check (kind in ('WORKER', 'COORDINATOR_ON_DUTY')),
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    platforms      text[] not null default '{}',
    departments    text[] not null default '{}',
    series_id      uuid,
    slots          integer check (slots between 1 and 50),
    open_shift_id  uuid references shift (id),
    -- handed over before its planned end
    ended_at       timestamptz,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    check (ends_at > starts_at),
    check ((username is null) = (slots is not null))
);
create index shift_person on shift (username, starts_at);
create index shift_window on shift (starts_at, ends_at);
create index shift_open on shift (open_shift_id) where open_shift_id is not null;

-- A handover: the note the worker leaves to the next shift when hers ends. No report content is
-- expected here, but it is the team's free text: it goes with the shift.
create table shift_handover (
    shift_id   uuid primary key references shift (id),
    author     text not null,
    at         timestamptz not null,
    note       text not null,
    released   integer not null
);
