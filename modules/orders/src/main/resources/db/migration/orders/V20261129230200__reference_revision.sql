-- Distributors and ship-tos are cached per revision (see catalog.reference_revision).
insert into catalog.reference_revision (module, n) values ('orders', 0);
create trigger distributor_revision after insert or update or delete or truncate on orders.distributor
    for each statement execute function catalog.count_reference_revision('orders');
create trigger ship_to_revision after insert or update or delete or truncate on orders.ship_to
    for each statement execute function catalog.count_reference_revision('orders');
