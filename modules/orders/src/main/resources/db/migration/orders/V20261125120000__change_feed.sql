-- A change feed that cannot miss a commit: every insert or update of an order stamps it with the writing
-- transaction's id; a reader takes only changes of transactions older than every transaction still running
-- (the snapshot's xmin), so a transaction that commits later with an older stamp is never skipped.
alter table orders.purchase_order add column change_xid xid8;
update orders.purchase_order set change_xid = pg_current_xact_id();
alter table orders.purchase_order alter column change_xid set not null;

create function orders.stamp_change() returns trigger language plpgsql as $$
begin
    new.change_xid := pg_current_xact_id();
    return new;
end;
$$;

create trigger purchase_order_change before insert or update on orders.purchase_order
    for each row execute function orders.stamp_change();

create index purchase_order_changes on orders.purchase_order (distributor, change_xid, id);
