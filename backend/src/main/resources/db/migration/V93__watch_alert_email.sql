-- Watch alerts to e-mail (feature: shifts, the notification channel): written in the transaction
-- that records the report raising the alert (triage's WatchAlertRaised), only for a watcher who
-- gave an address; sent once (sent_at claimed before sending, cleared again if the send failed,
-- so the next sweep retries). Band, platform type and département only: never the contact, the
-- note or the report's content. Deleted with the report (retention) or the watch.
create table watch_alert_email (
    alert_id    uuid primary key,
    watch_id    uuid not null,
    watcher     text not null,
    report_id   uuid not null,
    priority    text not null,
    platform    text,
    department  text,
    raised_at   timestamptz not null,
    sent_at     timestamptz,
    attempts    integer not null default 0
);
create index watch_alert_email_due on watch_alert_email (raised_at) where sent_at is null;
create index watch_alert_email_by_report on watch_alert_email (report_id);
create index watch_alert_email_by_watch on watch_alert_email (watch_id);
