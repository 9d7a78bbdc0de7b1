-- Partners (feature: partners): a partner may get its own request budget (requests per minute);
-- null means the default (vigie.partners.rate-limit.requests-per-minute).
alter table partner add column requests_per_minute integer check (requests_per_minute > 0);
