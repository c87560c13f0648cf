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
