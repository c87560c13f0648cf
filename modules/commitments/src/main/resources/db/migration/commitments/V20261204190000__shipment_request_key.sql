-- A shipment may carry the key of the request that recorded it (the console's one-time form key): a second submit
-- of the same form finds the first shipment instead of issuing the units again.
alter table commitments.shipment add column request_key varchar(80);
create unique index shipment_request_key on commitments.shipment (request_key);
