-- Processing (feature: processing): the signal rules are data. Every published version is kept;
-- the newest is active. Without any row, the rules shipped in analysis/default-rules.json apply.
create table rule_set (
    version       text primary key,
    definition    jsonb not null,
    published_at  timestamptz not null default now(),
    published_by  text not null,
    comment       text
);
