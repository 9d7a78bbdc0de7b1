-- Reports (feature: triage): what the analysis engine found, kept with the report.
alter table report add column entities jsonb not null default '{}';
alter table report add column fingerprint text;
alter table report add column rules_version text;
create index report_fingerprint on report (fingerprint);
create index report_canonical_url on report (canonical_url);
