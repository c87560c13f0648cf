-- Every change to a family's pools gives the family a new revision, drawn from one sequence, so that a
-- value is never given twice (not even to a family deleted and made again, nor by a transaction that
-- rolls back). Intake keeps the pools it last read or wrote under the family locks in memory and reads
-- again only the families whose revision moved (SupplyPoolBook, PoolCache). The triggers count, not the
-- writers, so a change made any other way (another app instance, ops' SQL) is seen as well.
create sequence inventory.pool_revision;
alter table inventory.pool_family
    add column revision bigint not null default nextval('inventory.pool_revision');

create function inventory.count_stock_revision() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision') where family like 'stock:%';
    else
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select 'stock:' || sku from changed);
    end if;
    return null;
end $$;

create function inventory.count_chips_revision() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision') where family like 'chips:%';
    else
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select 'chips:' || component from changed);
    end if;
    return null;
end $$;

create function inventory.count_capacity_revision() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family like 'capacity:%';
    else
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select 'capacity:' || line from changed);
    end if;
    return null;
end $$;

-- A key changed by hand moves the family the row leaves too (checked per row, only when the key changed).
create function inventory.count_moved_pool_revision() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'stock' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family = 'stock:' || old.sku;
    elsif tg_table_name = 'component_pool' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family = 'chips:' || old.component;
    else
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family = 'capacity:' || old.line;
    end if;
    return null;
end $$;

create trigger stock_revision_insert after insert on inventory.stock
    referencing new table as changed for each statement execute function inventory.count_stock_revision();
create trigger stock_revision_update after update on inventory.stock
    referencing new table as changed for each statement execute function inventory.count_stock_revision();
create trigger stock_revision_delete after delete on inventory.stock
    referencing old table as changed for each statement execute function inventory.count_stock_revision();
create trigger stock_revision_truncate after truncate on inventory.stock
    for each statement execute function inventory.count_stock_revision();
create trigger stock_revision_moved after update on inventory.stock
    for each row when (old.sku is distinct from new.sku)
    execute function inventory.count_moved_pool_revision();

create trigger chips_revision_insert after insert on inventory.component_pool
    referencing new table as changed for each statement execute function inventory.count_chips_revision();
create trigger chips_revision_update after update on inventory.component_pool
    referencing new table as changed for each statement execute function inventory.count_chips_revision();
create trigger chips_revision_delete after delete on inventory.component_pool
    referencing old table as changed for each statement execute function inventory.count_chips_revision();
create trigger chips_revision_truncate after truncate on inventory.component_pool
    for each statement execute function inventory.count_chips_revision();
create trigger chips_revision_moved after update on inventory.component_pool
    for each row when (old.component is distinct from new.component)
    execute function inventory.count_moved_pool_revision();

create trigger capacity_revision_insert after insert on inventory.capacity_pool
    referencing new table as changed for each statement execute function inventory.count_capacity_revision();
create trigger capacity_revision_update after update on inventory.capacity_pool
    referencing new table as changed for each statement execute function inventory.count_capacity_revision();
create trigger capacity_revision_delete after delete on inventory.capacity_pool
    referencing old table as changed for each statement execute function inventory.count_capacity_revision();
create trigger capacity_revision_truncate after truncate on inventory.capacity_pool
    for each statement execute function inventory.count_capacity_revision();
create trigger capacity_revision_moved after update on inventory.capacity_pool
    for each row when (old.line is distinct from new.line)
    execute function inventory.count_moved_pool_revision();
