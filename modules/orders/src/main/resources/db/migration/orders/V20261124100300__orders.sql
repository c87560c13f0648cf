-- Orders module: distributors, ship-tos, purchase orders and lines, idempotency keys.
create schema if not exists orders;

create table orders.distributor (
    code          varchar(16) primary key,
    name          varchar(200) not null,
    tier          varchar(16) not null,
    country       char(2) not null,
    currency      char(3) not null,
    payment_terms varchar(16) not null,
    incoterm      varchar(8) not null,
    credit_limit  numeric(14, 2) not null,
    erp_client_id varchar(64)
);

create table orders.ship_to (
    code              varchar(32) primary key,
    distributor       varchar(16) not null references orders.distributor (code),
    name              varchar(200) not null,
    line1             varchar(200) not null,
    city              varchar(100) not null,
    region            varchar(16) not null,
    postal_code       varchar(16) not null,
    country           char(2) not null,
    default_warehouse varchar(16) not null
);

create table orders.purchase_order (
    id          uuid primary key,
    distributor varchar(16) not null references orders.distributor (code),
    po_number   varchar(64) not null,
    ship_to     varchar(32) not null references orders.ship_to (code),
    currency    char(3) not null,
    channel     varchar(8) not null,
    status      varchar(24) not null,
    note        varchar(2000),
    created_by  varchar(100) not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint purchase_order_po_number unique (distributor, po_number)
);
create index purchase_order_listing on orders.purchase_order (distributor, created_at desc, id desc);

create table orders.order_line (
    id               uuid primary key,
    order_id         uuid not null references orders.purchase_order (id),
    line_number      integer not null check (line_number >= 1),
    sku              varchar(64) not null,
    quantity         integer not null check (quantity >= 1),
    requested_date   date not null,
    unit_price       numeric(12, 2) not null,
    status           varchar(24) not null,
    flags            varchar(200) not null default '',
    shipped_quantity integer not null default 0,
    demand_ref       varchar(100) not null unique,
    constraint order_line_number unique (order_id, line_number)
);

-- One row per (distributor, Idempotency-Key): the fingerprint of the first request and the order it made.
create table orders.idempotency_key (
    distributor  varchar(16) not null,
    key          varchar(255) not null,
    request_hash char(64) not null,
    order_id     uuid not null,
    created_at   timestamptz not null,
    primary key (distributor, key)
);
