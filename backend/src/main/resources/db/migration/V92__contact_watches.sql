-- Watchlists (feature: triage): a worker or coordinator watches a phone number or handle, with a
-- note; each new report showing it raises an alert for the watcher, in the transaction that
-- records the report.
create table contact_watch (
    id          uuid primary key,
    contact     text not null,                                -- E.164 phone or handle (lower case, no @)
    watcher     text not null,
    note        text not null default '',
    created_at  timestamptz not null default now(),
    unique (contact, watcher)
);
create index contact_watch_by_contact on contact_watch (contact);

create table watch_alert (
    id          uuid primary key,
    watch_id    uuid not null references contact_watch (id) on delete cascade,
    report_id   uuid not null references report (id),
    raised_at   timestamptz not null default now(),
    seen_at     timestamptz,
    unique (watch_id, report_id)
);
create index watch_alert_by_report on watch_alert (report_id);
