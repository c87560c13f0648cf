-- The API's rate-limit buckets (Bucket4j), one row per client, shared by every app instance.
create schema if not exists api;

create table api.rate_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
