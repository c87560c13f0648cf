-- Commitments module: proposed and confirmed promises per demand, the supply they draw on, their history.
create schema if not exists commitments;

create table commitments.commitment (
    id             uuid primary key,
    demand_ref     varchar(100) not null unique,
    distributor    varchar(16) not null,
    sku            varchar(64) not null,
    quantity       integer not null check (quantity > 0),
    requested_date date not null,
    ship_to        varchar(32) not null,
    ship_date      date,
    state          varchar(16) not null check (state in ('PROPOSED', 'CONFIRMED')),
    explanation    text not null,
    proposed_at    timestamptz not null,
    confirmed_at   timestamptz,
    confirmed_by   varchar(100)
);
create index commitment_state on commitments.commitment (state, proposed_at);

create table commitments.commitment_source (
    commitment_id uuid not null references commitments.commitment (id),
    kind          varchar(8) not null,
    ready_date    date not null,
    quantity      integer not null check (quantity > 0),
    primary key (commitment_id, kind, ready_date)
);

create table commitments.commitment_history (
    id            bigserial primary key,
    commitment_id uuid not null references commitments.commitment (id),
    demand_ref    varchar(100) not null,
    at            timestamptz not null,
    actor         varchar(100) not null,
    action        varchar(16) not null,
    ship_date     date,
    quantity      integer not null,
    reason_code   varchar(32) not null
);
create index commitment_history_demand on commitments.commitment_history (demand_ref, at);
