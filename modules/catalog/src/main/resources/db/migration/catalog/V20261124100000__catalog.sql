-- Catalog module: products, constrained components, bill of materials, prices.
create schema if not exists catalog;

create table catalog.product (
    sku                      varchar(64) primary key,
    name                     varchar(200) not null,
    data_rate_gbps           integer not null,
    form_factor              varchar(32) not null,
    optical_interface        varchar(32) not null,
    reach_m                  integer not null,
    media                    varchar(16) not null,
    connector                varchar(32) not null,
    center_wavelength_nm     varchar(64) not null,
    lanes                    integer not null,
    lane_rate_gbps           integer not null,
    laser                    varchar(32) not null,
    dsp                      varchar(32) not null,
    max_power_w              numeric(6, 2) not null,
    lifecycle                varchar(16) not null check (lifecycle in ('PREVIEW', 'ACTIVE', 'NRND', 'EOL')),
    last_time_buy            date,
    successor_sku            varchar(64),
    list_price               numeric(12, 2) not null check (list_price >= 0),
    currency                 char(3) not null,
    moq                      integer not null check (moq >= 1),
    order_multiple           integer not null check (order_multiple >= 1),
    standard_lead_time_weeks integer not null check (standard_lead_time_weeks >= 0)
);

create table catalog.component (
    code        varchar(32) primary key,
    name        varchar(200) not null,
    constrained boolean not null,
    notes       varchar(500)
);

create table catalog.bom_line (
    sku               varchar(64) not null references catalog.product (sku),
    component         varchar(32) not null references catalog.component (code),
    quantity_per_unit integer not null check (quantity_per_unit >= 1),
    primary key (sku, component)
);

create table catalog.tier_discount (
    tier    varchar(16) primary key,
    percent numeric(5, 2) not null check (percent >= 0 and percent < 100)
);

create table catalog.contract_price (
    distributor varchar(16) not null,
    sku         varchar(64) not null references catalog.product (sku),
    agreement   varchar(64) not null,
    price       numeric(12, 2) not null check (price >= 0),
    currency    char(3) not null,
    valid_from  date not null,
    valid_to    date not null,
    primary key (distributor, sku, agreement),
    check (valid_to >= valid_from)
);
