-- Triage (feature: triage): second approval, referral follow-through, and the partner's view.

-- A decision that needs a second coordinator's approval (vigie.triage.second-approval.required-for)
-- says so when it is recorded; the approval or rejection is a row of its own, never an update of
-- the decision (history is append-only).
alter table decision add column approval_required boolean not null default false;

create table decision_approval (
    decision_id  uuid primary key references decision (id),
    report_id    uuid not null references report (id),
    approved     boolean not null,
    comment      text not null,
    author       text not null,
    created_at   timestamptz not null default now()
);
create index decision_approval_report on decision_approval (report_id);

-- A referral moves PREPARED (the decision itself) -> SENT -> ACKNOWLEDGED: one row per step, once.
create table referral_step (
    id           uuid primary key,
    decision_id  uuid not null references decision (id),
    report_id    uuid not null references report (id),
    step         text not null check (step in ('SENT', 'ACKNOWLEDGED')),
    author       text not null,
    happened_at  timestamptz not null,   -- when it was sent or acknowledged (may be declared afterwards)
    method       text,                   -- SENT: how
    recipient    text,                   -- SENT: to which service (optional)
    reference    text,                   -- ACKNOWLEDGED: the receiving service's reference
    recorded_at  timestamptz not null default now(),
    unique (decision_id, step)
);
create index referral_step_report on referral_step (report_id);

create trigger decision_approval_append_only before update or delete on decision_approval
    for each row execute function refuse_history_rewrite();
create trigger referral_step_append_only before update or delete on referral_step
    for each row execute function refuse_history_rewrite();

-- What the sending partner sees (status, outcome, number of shared notes) as last announced, and
-- when that last changed: the status read-back's updatedAt, the order of GET /api/v1/reports?updatedSince,
-- and what tells a webhook delivery from a repeat. Null until the next change is announced.
alter table report add column partner_status text;
alter table report add column partner_outcome text;
alter table report add column partner_shared_notes integer not null default 0;
alter table report add column partner_updated_at timestamptz;
update report set partner_updated_at = updated_at;
create index report_partner_updates on report (source_partner_id, partner_updated_at, id);
