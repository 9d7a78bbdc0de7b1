-- Partners (feature: partners). API keys are stored as salted hashes only.
create table partner (
    id          uuid primary key,
    name        text not null unique,
    created_at  timestamptz not null default now()
);

create table partner_api_key (
    id            uuid primary key,
    partner_id    uuid not null references partner (id),
    prefix        text not null,
    salt          bytea not null,
    hash          bytea not null,
    created_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index partner_api_key_prefix on partner_api_key (prefix) where revoked_at is null;

-- People (feature: identity).
create table app_user (
    id             uuid primary key,
    username       text not null unique,
    password_hash  text not null,
    roles          text[] not null,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now()
);

-- Reports (feature: triage): the system of record of what was seen and how it was assessed.
-- source_partner_id is the partner's id, copied from the intake message (no cross-feature join).
create table report (
    id                 uuid primary key,
    source_partner_id  uuid,
    source_name        text,
    external_id        text,
    platform           text not null,
    platform_name      text,
    url                text,
    text               text not null,
    observed_at        timestamptz not null,
    received_at        timestamptz not null,
    city               text,
    postal_code        text,
    department         text,
    contacts           jsonb not null default '[]',
    reporter_concern   text,
    note               text,
    priority           text not null,
    score              integer not null,
    signals            jsonb not null default '[]',
    status             text not null,
    processed_at       timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    -- how many times Kafka delivered this report to processing (at-least-once: >1 means a redelivery)
    deliveries         integer not null default 1
);
create index report_queue_order on report (priority, score desc, received_at) where status = 'NEW';
create index report_source on report (source_partner_id, external_id);
