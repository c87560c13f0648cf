-- "My orders" filtered by part number: the orders that have a line of it.
create index order_line_sku on orders.order_line (sku, order_id);
