-- Failed logins (feature: identity), shared by every instance: the consecutive failures of a
-- username and its lock, and each failure from a source address within the sliding window.
-- Rows are removed on success, on unlock, and once older than the lock duration or the window.
create table login_lockout (
    username_key text primary key,           -- the username as typed, trimmed and lower-cased
    failures     integer not null,
    locked_until timestamptz,
    updated_at   timestamptz not null
);
create index login_lockout_updated on login_lockout (updated_at);

create table login_address_failure (
    address   text not null,
    failed_at timestamptz not null
);
create index login_address_failure_address on login_address_failure (address, failed_at);
create index login_address_failure_time on login_address_failure (failed_at);
