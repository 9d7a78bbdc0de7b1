-- Reports (feature: triage): a revision that grows with every change of a report, taken from one
-- sequence inside the transaction that makes the change (the report's row is locked by then), so
-- that the later of two changes has the higher revision. The search index writes each document
-- with its revision as Elasticsearch's external version: a replayed or late older event can never
-- overwrite a newer document. Revision 1 is left to documents written before any change is known.
create sequence report_revision start with 2;
alter table report add column revision bigint not null default nextval('report_revision');
