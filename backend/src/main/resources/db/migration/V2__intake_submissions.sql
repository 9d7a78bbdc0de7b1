-- Intake (feature: intake): one row per (partner, externalId), the idempotency record of the
-- partner API. A repeat with the same content is recognised by its hash and creates nothing; a
-- different content is a new version of the same report's sighting.
create table intake_submission (
    source        text not null,          -- 'partner:<uuid>' or 'manual:<username>'
    external_id   text not null,
    report_id     uuid not null unique,
    content_hash  text not null,
    version       integer not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    primary key (source, external_id)
);

-- Batch calls with an Idempotency-Key: the same key and body answer the same results.
create table intake_batch (
    source        text not null,
    idempotency_key text not null,
    request_hash  text not null,
    response      jsonb not null,
    created_at    timestamptz not null default now(),
    primary key (source, idempotency_key)
);

-- Reports (feature: triage): earlier versions of a report's sighting are kept, never overwritten.
alter table report add column version integer not null default 1;
alter table report add column canonical_url text;
alter table report add column submitted_by text;
create table report_version (
    report_id     uuid not null references report (id),
    version       integer not null,
    text          text not null,
    url           text,
    contacts      jsonb not null,
    note          text,
    replaced_at   timestamptz not null default now(),
    primary key (report_id, version)
);
