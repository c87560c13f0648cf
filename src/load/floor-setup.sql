-- The pgbench floor's tables: copies of the intake's own tables (columns, checks, indexes) with the same
-- foreign keys, in their own schema so the floor never touches the application's stock or orders.
drop schema if exists floor cascade;
create schema floor;
create table floor.stock (like inventory.stock including defaults including constraints);
alter table floor.stock add column id int;
insert into floor.stock select s.*, row_number() over (order by s.sku, s.warehouse) from inventory.stock s;
alter table floor.stock add primary key (id), add unique (sku, warehouse);
create table floor.purchase_order (like orders.purchase_order including all);
alter table floor.purchase_order add foreign key (distributor) references orders.distributor (code),
    add foreign key (ship_to) references orders.ship_to (code);
create trigger purchase_order_change before insert or update on floor.purchase_order
    for each row execute function orders.stamp_change();
create table floor.order_line (like orders.order_line including all);
alter table floor.order_line add foreign key (order_id) references floor.purchase_order (id);
analyze floor.stock;
select count(*) as stock_rows from floor.stock \gset
\echo stock rows: :stock_rows

-- The whole-work floor (src/load/floor-intake.sql): copies of the other tables an order writes, with the same
-- indexes, foreign keys and revision trigger, and baskets of five stock rows with the pool families they lock.
create table floor.idempotency_key (like orders.idempotency_key including all);
create table floor.pool_family (like inventory.pool_family including all);
insert into floor.pool_family select * from inventory.pool_family;
create table floor.commitment (like commitments.commitment including all);
create table floor.allocation (like commitments.allocation including all);
alter table floor.allocation add foreign key (commitment_id) references floor.commitment (id);
create table floor.commitment_history (like commitments.commitment_history including all);
alter table floor.commitment_history add foreign key (commitment_id) references floor.commitment (id);
create function floor.count_pool_revision() returns trigger language plpgsql as $$
begin
    update floor.pool_family set revision = nextval('inventory.pool_revision')
    where family in (select 'stock:' || sku from changed);
    return null;
end $$;
create trigger stock_revision_update after update on floor.stock referencing new table as changed
    for each statement execute function floor.count_pool_revision();
-- Time-ordered ids, as the app makes them (UUID version 7: milliseconds, then random bits).
create function floor.uuid7() returns uuid language sql volatile as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
        substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
        52, 1), 53, 1), 'hex')::uuid $$;
create table floor.basket (id int primary key, stock int[], skus varchar[], warehouses varchar[],
    families varchar[]);
insert into floor.basket
select b, picked.ids, picked.skus, picked.warehouses, array(
    select distinct f from (
        select 'stock:' || sku as f from unnest(picked.skus) as sku
        union select 'chips:' || l.component from catalog.bom_line l
            join floor.pool_family p on p.family = 'chips:' || l.component where l.sku = any(picked.skus)
        union select 'capacity:' || a.line from catalog.product c
            join inventory.assembly_line a on c.form_factor = any(string_to_array(a.form_factors, ';'))
            where c.sku = any(picked.skus)) fams order by f)
from generate_series(1, 1000) as b,
lateral (select array_agg(id order by id) ids, array_agg(sku order by id) skus,
                array_agg(warehouse order by id) warehouses
         -- "where b > 0" ties the pick to its basket, so that each basket draws five rows of its own
         from (select id, sku, warehouse from floor.stock where b > 0 order by random() limit 5) s) picked;
analyze floor.basket;
