-- Inventory module: warehouses, stock, component supply, assembly capacity, supply buckets, reservations.
create schema if not exists inventory;

create table inventory.warehouse (
    code         varchar(16) primary key,
    name         varchar(200) not null,
    country      char(2) not null,
    role         varchar(32) not null,
    transit_days integer not null check (transit_days >= 0)
);

create table inventory.stock (
    sku       varchar(64) not null,
    warehouse varchar(16) not null references inventory.warehouse (code),
    on_hand   integer not null check (on_hand >= 0),
    primary key (sku, warehouse)
);

create table inventory.component_supply (
    component  varchar(32) not null,
    week_start date not null,
    quantity   integer not null check (quantity >= 0),
    primary key (component, week_start)
);

create table inventory.assembly_capacity (
    line         varchar(16) not null,
    form_factors varchar(200) not null,
    week_start   date not null,
    units        integer not null check (units >= 0),
    primary key (line, week_start)
);

-- What can be promised: finished goods (STOCK) and each week's scheduled output (OUTPUT), per product.
create table inventory.supply_bucket (
    sku        varchar(64) not null,
    kind       varchar(8) not null check (kind in ('STOCK', 'OUTPUT')),
    ready_date date not null,
    quantity   integer not null check (quantity >= 0),
    reserved   integer not null default 0 check (reserved >= 0),
    primary key (sku, kind, ready_date),
    check (reserved <= quantity)
);

create table inventory.reservation (
    id         bigserial primary key,
    sku        varchar(64) not null,
    kind       varchar(8) not null,
    ready_date date not null,
    quantity   integer not null check (quantity > 0),
    reference  varchar(100) not null,
    created_at timestamptz not null default now()
);
create index reservation_reference on inventory.reservation (reference);
