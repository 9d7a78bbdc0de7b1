-- Intake writes its records in Kafka transactions committed after the idempotency rows: a row
-- whose record's transaction then failed (the submitter got a 503) stays below its version here,
-- so the status read-back knows nothing of it and a retry sends it again.
alter table intake_submission add column sent_version integer not null default 0;
update intake_submission set sent_version = version;
