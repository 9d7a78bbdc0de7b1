-- Reports (feature: triage): the same ad seen again is a sighting of the first report, not a new
-- queue item; reports that show the same phone number or handle are linked.
alter table report add column merged_into uuid references report (id);

create table sighting (
    report_id        uuid not null references report (id),   -- the report that was seen again
    sighted_as       uuid not null references report (id),   -- the submission that saw it (merged into it)
    source_name      text,
    source_partner_id uuid,
    seen_at          timestamptz not null,
    matched_on       text not null,                          -- URL or TEXT
    primary key (report_id, sighted_as)
);

create table report_contact (
    report_id  uuid not null references report (id),
    contact    text not null,                                -- E.164 phone or handle (lower case, no @)
    primary key (report_id, contact)
);
create index report_contact_by_contact on report_contact (contact);
