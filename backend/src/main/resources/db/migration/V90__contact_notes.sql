-- Contacts (feature: triage): what the team knows about a phone number or a handle, beyond the
-- reports that show it. Internal notes, never shared with partners; append-only like report notes.
create table contact_note (
    id          uuid primary key,
    contact     text not null,                                -- E.164 phone or handle (lower case, no @)
    author      text not null,
    created_at  timestamptz not null default now(),
    text        text not null
);
create index contact_note_by_contact on contact_note (contact, created_at);
create trigger contact_note_append_only before update or delete on contact_note
    for each row execute function refuse_history_rewrite();
