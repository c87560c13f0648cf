-- Shipments recorded against commitments; history lookups by commitment.
create table commitments.shipment (
    id          uuid primary key,
    distributor varchar(16) not null,
    reference   varchar(100) not null,
    warehouse   varchar(16),
    ship_date   date not null,
    recorded_at timestamptz not null,
    recorded_by varchar(100) not null,
    carrier     varchar(64) not null default '',
    tracking    varchar(100) not null default ''
);
create index shipment_reference on commitments.shipment (reference);

create table commitments.shipment_line (
    shipment_id uuid not null references commitments.shipment (id),
    demand_ref  varchar(100) not null,
    quantity    integer not null check (quantity > 0),
    primary key (shipment_id, demand_ref)
);
create index shipment_line_demand on commitments.shipment_line (demand_ref);
create index commitment_history_commitment on commitments.commitment_history (commitment_id, at, id);
