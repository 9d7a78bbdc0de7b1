-- Partner rate limits (feature: partners): bucket4j's state of each partner's token bucket,
-- shared by every instance (read and written under SELECT ... FOR UPDATE). Key: the partner id.
create table partner_rate_bucket (
    id    text primary key,
    state bytea
);
