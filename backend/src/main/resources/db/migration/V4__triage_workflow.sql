-- Triage (feature: triage): claims, decisions, notes, and the outbox of events for Kafka.

-- One lease per report: who works on it until when. Expired leases are free to take.
create table report_claim (
    report_id   uuid primary key references report (id),
    worker      text not null,
    claimed_at  timestamptz not null,
    expires_at  timestamptz not null
);

-- Decisions are append-only: a later decision may supersede an earlier one, never erase it.
create table decision (
    id          uuid primary key,
    report_id   uuid not null references report (id),
    type        text not null,
    author      text not null,
    created_at  timestamptz not null default now(),
    details     jsonb not null,
    supersedes  uuid references decision (id),
    -- a CONTACT's follow-up date: the report comes back to its worker's queue that day, unless a
    -- later decision has been recorded since (derived, so nothing here ever needs updating)
    follow_up_on date
);
create index decision_report on decision (report_id, created_at);
create index decision_follow_up on decision (follow_up_on) where follow_up_on is not null;

create table report_note (
    id          uuid primary key,
    report_id   uuid not null references report (id),
    author      text not null,
    created_at  timestamptz not null default now(),
    text        text not null,
    shareable   boolean not null
);

create function refuse_history_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'history is append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger decision_append_only before update or delete on decision
    for each row execute function refuse_history_rewrite();
create trigger report_note_append_only before update or delete on report_note
    for each row execute function refuse_history_rewrite();

-- Transactional outbox: events written with the change that causes them, relayed to Kafka.
create table outbox (
    id            bigserial primary key,
    topic         text not null,
    message_key   text not null,
    payload       jsonb not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

create index report_open_queue on report (status, priority, score desc, received_at);
