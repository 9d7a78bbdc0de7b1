-- Alerts (feature: shifts): what a coordinator must act on, routed to the coordinator(s) on duty
-- (nobody on duty: every coordinator, flagged), acknowledged by one person and kept with who and
-- when. One open alert per kind and subject (a report, or a worker's shift for exposure); when its
-- condition ends it is resolved, and a new episode is a new alert. No report content: ids, band,
-- platform type, département, times.
create table duty_alert (
    id                      uuid primary key,
    kind                    text not null check (kind in ('UNCLAIMED', 'CLAIMED_UNDECIDED', 'ESCALATION', 'EXPOSURE')),
    -- the report id, or for EXPOSURE the worker's shift id
    subject                 text not null,
    report_id               uuid,
    priority                text,
    platform                text,
    department              text,
    -- CLAIMED_UNDECIDED: who holds it; ESCALATION: who escalated; EXPOSURE: the worker
    worker                  text,
    since                   timestamptz not null,
    raised_at               timestamptz not null,
    recipients              text[] not null,
    no_coordinator_on_duty  boolean not null,
    acknowledged_by         text,
    acknowledged_at         timestamptz,
    resolved_at             timestamptz
);
create unique index duty_alert_open on duty_alert (kind, subject) where resolved_at is null;
create index duty_alert_recipients on duty_alert using gin (recipients);
create index duty_alert_report on duty_alert (report_id) where report_id is not null;

-- One e-mail per alert and recipient, whichever instance sends it.
create table duty_alert_notification (
    alert_id   uuid not null references duty_alert (id) on delete cascade,
    recipient  text not null,
    channel    text not null,
    sent_at    timestamptz not null,
    primary key (alert_id, recipient, channel)
);

-- Where a coordinator wants her alerts e-mailed (her own setting; none: no e-mail).
create table alert_email (
    username    text primary key,
    email       text not null,
    updated_at  timestamptz not null default now()
);
