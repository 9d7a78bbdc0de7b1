-- People (feature: identity): a version bumped by every change that must end the user's
-- sessions (disabled, roles changed, password reset); sessions carry the version they began with.
alter table app_user add column version integer not null default 0;
alter table app_user add column updated_at timestamptz not null default now();

-- Audit (feature: audit): append-only and hash-chained. Each row holds the SHA-256 of the
-- previous row (prev_hash) and its own (hash), computed by the application over every column;
-- seq is gapless (appends are serialised by an advisory lock), so a deleted row, a modified
-- row or a reordering breaks the chain that GET /api/v1/admin/audit/verify walks.
-- details never hold report content: ids, counts, usernames, reasons.
create table audit_log (
    seq             bigint primary key,
    at              timestamptz not null,
    actor           text not null,
    action          text not null,
    report_id       uuid,
    source_address  text,
    details         text not null default '{}',
    prev_hash       text not null,
    hash            text not null
);
create index audit_log_report on audit_log (report_id, seq) where report_id is not null;
create index audit_log_actor on audit_log (actor, seq);
create index audit_log_at on audit_log (at);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- The trigger binds the table's owner too. In production the application should also run as a
-- role that does not own the table and holds only SELECT, INSERT on it (docs/data-protection.md).

-- Second factor (TOTP, RFC 6238): the shared secret (base32) once the user has confirmed it, and
-- the last time step accepted, so that a code cannot be used twice.
alter table app_user add column totp_secret text;
alter table app_user add column totp_last_step bigint;
