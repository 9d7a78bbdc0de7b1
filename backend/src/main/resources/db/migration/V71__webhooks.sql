-- Webhooks (feature: webhooks): where each partner wants its reports' changes, and every delivery.

-- The signing secret is sealed (AES-256-GCM, identity's sealing key, the partner id as associated
-- data); after a rotation the previous secret still signs until previous_valid_until, so that a
-- partner can switch without losing a delivery.
create table partner_webhook (
    partner_id            uuid primary key references partner (id),
    url                   text not null,
    secret_sealed         text not null,
    previous_secret_sealed text,
    previous_valid_until  timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

-- One delivery per change of what the partner sees (report, occurred_at), plus replays. No report
-- content here: the body is built at each attempt from triage's partner view.
create table webhook_delivery (
    id               uuid primary key,
    partner_id       uuid not null references partner (id),
    report_id        uuid not null,
    status           text not null,
    outcome          text,
    occurred_at      timestamptz not null,
    state            text not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    created_at       timestamptz not null default now(),
    finished_at      timestamptz,
    last_status_code integer,
    last_error       text,
    replay_of        uuid references webhook_delivery (id),
    requested_by     text
);
create unique index webhook_delivery_once on webhook_delivery (report_id, occurred_at) where replay_of is null;
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_log on webhook_delivery (partner_id, created_at desc);
create index webhook_delivery_report on webhook_delivery (report_id);

create table webhook_attempt (
    delivery_id  uuid not null references webhook_delivery (id),
    attempt      integer not null,
    at           timestamptz not null,
    status_code  integer,
    error        text,
    duration_ms  integer not null,
    primary key (delivery_id, attempt)
);
