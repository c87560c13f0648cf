-- Every change to a family's pools gives the family a new revision, drawn from one sequence, so that a
-- value is never given twice (not even to a family deleted and made again, nor by a transaction that
-- rolls back). Intake keeps the pools it last read or wrote under the family locks in memory and reads
-- again only the families whose revision moved (SupplyPoolBook, PoolCache). The triggers count, not the
-- writers, so a change made any other way (another app instance, ops' SQL) is seen as well.
create sequence inventory.pool_revision;
alter table inventory.pool_family
    add column revision bigint not null default nextval('inventory.pool_revision');

-- One function for every trigger of the three pool tables. Each branch's statement is planned the first time
-- that branch runs, so a branch naming another table's key column is never planned for this one.
create function inventory.count_pool_revision() returns trigger language plpgsql as $$
declare
    kind varchar := case tg_table_name when 'stock' then 'stock:' when 'component_pool' then 'chips:'
                                       else 'capacity:' end;
begin
    if tg_level = 'ROW' then
        -- a key changed by hand: the family the row leaves moves too
        if tg_table_name = 'stock' then
            update inventory.pool_family set revision = nextval('inventory.pool_revision')
            where family = kind || old.sku;
        elsif tg_table_name = 'component_pool' then
            update inventory.pool_family set revision = nextval('inventory.pool_revision')
            where family = kind || old.component;
        else
            update inventory.pool_family set revision = nextval('inventory.pool_revision')
            where family = kind || old.line;
        end if;
    elsif tg_op = 'TRUNCATE' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision') where family like kind || '%';
    elsif tg_table_name = 'stock' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select kind || sku from changed);
    elsif tg_table_name = 'component_pool' then
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select kind || component from changed);
    else
        update inventory.pool_family set revision = nextval('inventory.pool_revision')
        where family in (select kind || line from changed);
    end if;
    return null;
end $$;

-- On each pool table: insert, update and delete count the families of the rows changed, truncate every family
-- of its kind, and a row whose key changed by hand also the family it leaves.
do $$
declare
    t record;
begin
    for t in select * from (values ('stock', 'stock', 'sku'), ('component_pool', 'chips', 'component'),
                                   ('capacity_pool', 'capacity', 'line')) as v(tab, kind, key) loop
        execute format('create trigger %1$s_revision_insert after insert on inventory.%2$I referencing new table '
            'as changed for each statement execute function inventory.count_pool_revision()', t.kind, t.tab);
        execute format('create trigger %1$s_revision_update after update on inventory.%2$I referencing new table '
            'as changed for each statement execute function inventory.count_pool_revision()', t.kind, t.tab);
        execute format('create trigger %1$s_revision_delete after delete on inventory.%2$I referencing old table '
            'as changed for each statement execute function inventory.count_pool_revision()', t.kind, t.tab);
        execute format('create trigger %1$s_revision_truncate after truncate on inventory.%2$I '
            'for each statement execute function inventory.count_pool_revision()', t.kind, t.tab);
        execute format('create trigger %1$s_revision_moved after update on inventory.%2$I for each row '
            'when (old.%3$I is distinct from new.%3$I) execute function inventory.count_pool_revision()',
            t.kind, t.tab, t.key);
    end loop;
end $$;
