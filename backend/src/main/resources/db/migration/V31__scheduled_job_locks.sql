-- Scheduled jobs (infrastructure): ShedLock's table. A job runs on the instance that updates its
-- row first; the others skip that run. Times are the database's (usingDbTime), so instances
-- whose clocks drift apart still agree. Schema as documented by ShedLock for PostgreSQL.
create table shedlock (
    name       varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
