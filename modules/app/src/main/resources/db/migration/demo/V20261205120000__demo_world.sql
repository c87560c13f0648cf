-- The demo world (run command only): the business day it has reached and how many of its scenario's supply
-- changes ops have imported, so that a restart carries on where the demo was left.
create schema if not exists demo;

create table demo.world (
    id              int primary key check (id = 1),
    business_day    date not null,
    events_imported int not null check (events_imported >= 0)
);
