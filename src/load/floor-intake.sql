-- The whole row work of one five-line order, as plain SQL in the round trips the app makes (two pipelines and the
-- commit), on copies of the app's tables (src/load/floor-setup.sql): the idempotency key, the order and its lines;
-- the pool families locked and the pools and LTA ledgers read; the five commitments, their allocations and their
-- first history entries; the pool families locked again, the stock held (its trigger moves the families'
-- revisions) and read back; the kept answer; the reference revisions checked. pgbench -M prepared; a basket of
-- five stock rows and the families they lock is picked at random.
\set b random(1, 1000)
\set key random(1, 1000000000000)
\startpipeline
begin;
with k as (
    insert into floor.idempotency_key (distributor, key, request_hash, order_id, created_at)
    values ('NWOS', 'floor-' || :client_id || '-' || :key, md5(:key::text) || md5(:client_id::text), floor.uuid7(),
        now())
    on conflict do nothing returning order_id),
o as (
    insert into floor.purchase_order (id, distributor, po_number, ship_to, currency, channel, status, note,
        created_by, created_at, updated_at)
    select order_id, 'NWOS', 'FLOOR-' || :client_id || '-' || :key, 'NWOS-ASH', 'USD', 'API', 'RECEIVED', '',
        'service-account-erp-nwos', now(), now() from k
    on conflict (distributor, po_number) do nothing returning id),
l as (
    insert into floor.order_line (id, order_id, line_number, sku, quantity, requested_date, unit_price, status,
        demand_ref)
    select id, order_id, n, sku, 10, current_date + 60, 100.00, 'PENDING_COMMITMENT', 'order-line:' || id
    from (select floor.uuid7() as id, o.id as order_id, s.n, s.sku
          from o, floor.basket b, unnest(b.skus) with ordinality as s(sku, n) where b.id = :b) x)
select 'K', order_id from k union all select 'O', id from o;
select f.family, f.revision from floor.pool_family f, floor.basket b
where b.id = :b and f.family = any(b.families) order by f.family for update of f;
-- The pools of families whose revision moved: none, as for the app, which keeps the pools it wrote.
with asked as (
    select f.family from floor.pool_family f, floor.basket b
    where b.id = :b and f.family = any(b.families) and f.revision is null)
select 'S', sku, warehouse, cast(null as date), on_hand, held, confirmed, 0 from floor.stock
where sku = any(array(select substr(family, 7) from asked where family like 'stock:%'))
order by 1, 2, 3, 4;
-- The ledgers' revision (the app keeps the ledgers while it does not move, so this is all it reads of them).
select 'R', revision from commitments.ledger_revision;
\endpipeline
\startpipeline
with c as (
    insert into floor.commitment (id, demand_ref, distributor, sku, quantity, accepted_quantity, requested_date,
        ship_to, preferred_warehouse, ship_date, state, explanation, details, received_at, proposed_at, updated_at,
        backordered)
    select floor.uuid7(), 'order-line:' || floor.uuid7(), 'NWOS', s.sku, 10, 10, current_date + 60, 'NWOS-ASH',
        s.warehouse, current_date + 60, 'PROPOSED', '10 of 10 promised; ships on the requested date',
        '10 from stock at ' || s.warehouse || ', ships ' || (current_date + 60) || E'\nrule: supply ready by the '
        || 'requested date is used latest-first, later supply earliest-first', now(), now(), now(), 0
    from floor.basket b, unnest(b.skus, b.warehouses) as s(sku, warehouse) where b.id = :b
    returning id, demand_ref, preferred_warehouse as warehouse, ship_date),
a as (
    insert into floor.allocation (commitment_id, source, warehouse, week_start, line, chips, units, lta_code,
        ship_date, delivery_date, shipped)
    select id, 'STOCK', warehouse, null, null, '', 10, null, ship_date, ship_date + 2, 0 from c)
insert into floor.commitment_history (commitment_id, demand_ref, at, actor, action, ship_date, quantity,
    reason_code, note, schedule)
select id, demand_ref, now(), 'engine', 'PROPOSED', ship_date, 10, 'NEW_DEMAND', '', '10@' || ship_date from c;
select f.family, f.revision from floor.pool_family f, floor.basket b
where b.id = :b and f.family = any(b.families) order by f.family for update of f;
update floor.stock s set held = s.held + 10 from floor.basket b where b.id = :b and s.id = any(b.stock);
select 'R', f.family, f.revision from floor.pool_family f, floor.basket b
where b.id = :b and f.family = any(b.families)
union all
select 'S', s.sku, s.held from floor.stock s, floor.basket b where b.id = :b and s.id = any(b.stock);
update floor.idempotency_key set answer_status = 201, answer_body = repeat('{"order":"kept answer"}', 70)
where distributor = 'NWOS' and key = 'floor-' || :client_id || '-' || :key and answer_body is null;
select r.module from catalog.reference_revision r
join unnest(array['catalog', 'commitments', 'inventory', 'orders'], array[0, 0, 0, 0]) as served(module, n)
    on served.module = r.module where r.n <> served.n;
\endpipeline
commit;
