-- Warehouses and assembly lines are cached per revision (see catalog.reference_revision).
insert into catalog.reference_revision (module, n) values ('inventory', 0);
create trigger warehouse_revision after insert or update or delete or truncate on inventory.warehouse
    for each statement execute function catalog.count_reference_revision('inventory');
create trigger assembly_line_revision after insert or update or delete or truncate on inventory.assembly_line
    for each statement execute function catalog.count_reference_revision('inventory');
