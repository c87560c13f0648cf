-- Distributors' planning schedules (X12 830) as received: kept until Partner Hub plans against forecasts, read by
-- the distributor (API) and by ops (console). The key is the sender's interchange and transaction control numbers,
-- so a resent interchange keeps nothing twice.
create table orders.planning_schedule (
    id            bigserial primary key,
    distributor   varchar(16)  not null references orders.distributor (code),
    receipt_key   varchar(120) not null,
    reference     varchar(80)  not null,
    horizon_start date         not null,
    horizon_end   date         not null,
    received_at   timestamptz  not null,
    received_by   varchar(100) not null,
    unique (distributor, receipt_key)
);
create index planning_schedule_newest on orders.planning_schedule (distributor, received_at desc);

create table orders.forecast_line (
    schedule_id  bigint      not null references orders.planning_schedule (id) on delete cascade,
    position     int         not null,
    sku          varchar(64) not null,
    firm         boolean     not null,
    period_start date        not null,
    period_end   date        not null,
    quantity     int         not null check (quantity >= 0),
    primary key (schedule_id, position)
);
