-- Ops decide the price of a line an ERP sent with another price than the contract's (flag PRICE_MISMATCH):
-- what they decided, who and when.
alter table orders.order_line
    add column price_decision   varchar(24) check (price_decision in ('KEEP_CUSTOMER_PRICE', 'CONTRACT_PRICE')),
    add column price_decided_by varchar(100),
    add column price_decided_at timestamptz;
