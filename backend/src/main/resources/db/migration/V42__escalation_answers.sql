-- Triage: how a coordinator answered an escalation — took it over, returned it to a worker with a
-- note, or decided — kept like the decisions: append-only (the retention job alone may delete).
create table escalation_answer (
    id             uuid primary key,
    report_id      uuid not null references report (id),
    -- the ESCALATE decision answered
    escalation_id  uuid not null references decision (id),
    action         text not null check (action in ('TAKE_OVER', 'RETURN', 'DECIDE')),
    author         text not null,
    at             timestamptz not null,
    -- RETURN: the worker it went back to, and the note written to her (report_note)
    worker         text,
    note_id        uuid references report_note (id),
    -- DECIDE: the coordinator's decision
    decision_id    uuid references decision (id)
);
create index escalation_answer_report on escalation_answer (report_id, at);
create trigger escalation_answer_append_only before update or delete on escalation_answer
    for each row execute function refuse_history_rewrite();
