-- One intake's row work, as plain SQL: lock five stock rows in a fixed order, update them, insert the order
-- and its five lines, commit. pgbench -D nstock=<rows of floor.stock>. Rows come from five strata, so they
-- are distinct and already in key order.
\set w :nstock / 5
\set s1 random(1, :w)
\set s2 random(:w + 1, 2 * :w)
\set s3 random(2 * :w + 1, 3 * :w)
\set s4 random(3 * :w + 1, 4 * :w)
\set s5 random(4 * :w + 1, :nstock)
begin;
select id from floor.stock where id in (:s1, :s2, :s3, :s4, :s5) order by id for update;
update floor.stock set held = held + 1 where id in (:s1, :s2, :s3, :s4, :s5);
with po as (
    insert into floor.purchase_order (id, distributor, po_number, ship_to, currency, channel, status, note,
        created_by, created_at, updated_at)
    values (gen_random_uuid(), 'NWOS', 'FLOOR-' || gen_random_uuid(), 'NWOS-ASH', 'USD', 'API', 'RECEIVED', '',
        'pgbench', now(), now())
    returning id)
insert into floor.order_line (id, order_id, line_number, sku, quantity, requested_date, unit_price, status,
    demand_ref)
select gen_random_uuid(), po.id, row_number() over (order by s.id), s.sku, 10, current_date + 60, 100.00,
    'PENDING_COMMITMENT', 'floor:' || gen_random_uuid()
from po, floor.stock s where s.id in (:s1, :s2, :s3, :s4, :s5);
commit;
