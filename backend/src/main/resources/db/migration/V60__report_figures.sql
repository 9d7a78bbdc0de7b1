-- Triage, for the statistics (figures API triage.ReportFigures): when each report was first
-- claimed and first decided, kept on the report by triggers, so that the figures of a period are
-- one scan of the reports received in it (a year of 1 M reports answers in well under a second,
-- docs/performance.md) instead of a join with every claim and decision. Dates only, no content:
-- anonymisation keeps them, purge deletes them with the report.
alter table report add column first_claimed_at timestamptz;
-- the first decision that settles something: an escalation only passes the report on
alter table report add column first_decided_at timestamptz;

update report r set first_claimed_at = c.claimed_at from report_claim c where c.report_id = r.id;
update report r set first_decided_at = d.first
    from (select report_id, min(created_at) as first from decision where type <> 'ESCALATE' group by report_id) d
    where d.report_id = r.id;

create function note_first_claim() returns trigger language plpgsql as $$
begin
    update report set first_claimed_at = new.claimed_at
        where id = new.report_id and (first_claimed_at is null or first_claimed_at > new.claimed_at);
    return null;
end $$;
-- a lease is inserted, or taken over (its claimed_at then changes): either is a claim
create trigger report_claim_first after insert or update of claimed_at on report_claim
    for each row execute function note_first_claim();

create function note_first_decision() returns trigger language plpgsql as $$
begin
    if new.type <> 'ESCALATE' then
        update report set first_decided_at = new.created_at
            where id = new.report_id and (first_decided_at is null or first_decided_at > new.created_at);
    end if;
    return null;
end $$;
create trigger decision_first after insert on decision
    for each row execute function note_first_decision();

-- the period's reports and decisions, found by their dates
create index report_received on report (received_at);
create index decision_created on decision (created_at);
