-- The 850 transaction an order came from, as the interchange carried it (every segment, used or not).
alter table api.x12_order_partner add column received text;
