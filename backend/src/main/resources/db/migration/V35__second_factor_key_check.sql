-- Second factor (feature: identity): a check value of the key that seals the TOTP secrets
-- (HMAC-SHA256 of a fixed label under that key: it reveals nothing of the key). The first
-- instance writes it; an instance started with another key refuses to start.
create table second_factor_key_check (
    id          smallint primary key check (id = 1),
    check_value text not null,
    created_at  timestamptz not null default now()
);
