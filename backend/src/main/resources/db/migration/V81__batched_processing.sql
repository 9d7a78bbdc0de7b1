-- Batched processing and bounded linking (issue 18, ADR 0016).

-- The reports merged into one (its sightings) are looked up on every announcement of it: by index,
-- not by a scan of every report.
create index report_merged_into on report (merged_into) where merged_into is not null;

-- Contacts seen in a P1 or P2 report (recorded, reassessed or raised as such): a lower report that
-- shows one is raised on arrival by one primary-key probe per contact, and the open lower reports
-- showing a contact are raised once, when it first becomes hot, instead of joining every report
-- of a hub on each new report.
create table hot_contact (
    contact  text primary key,
    since    timestamptz not null default now()
);
insert into hot_contact (contact)
select distinct c.contact from report_contact c join report r on r.id = c.report_id
where r.priority in ('P1', 'P2') and r.merged_into is null;

-- Content locks as row locks (ADR 0016): a batch of 500 reports takes some 1,500 locks (URLs,
-- fingerprints, contacts), too many for PostgreSQL's shared lock table as advisory locks; a row lock
-- lives in the row itself. Taken in ascending order by one upsert, released at commit.
create table content_lock (
    key  bigint primary key
);

-- The outbox relay deletes what it has published (OutboxRelay): what earlier versions kept goes too.
delete from outbox where published_at is not null;
