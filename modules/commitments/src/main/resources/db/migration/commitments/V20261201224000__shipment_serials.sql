-- The serial numbers of the units in a shipment, scanned at packing: a unit ships once, to one distributor.
create table commitments.shipment_serial (
    serial      varchar(40) primary key,
    shipment_id uuid not null references commitments.shipment (id),
    demand_ref  varchar(100) not null,
    distributor varchar(16) not null
);
create index shipment_serial_shipment on commitments.shipment_serial (shipment_id);
