-- A line far above what its distributor normally orders, or an order beyond the distributor's credit limit, holds
-- nothing at intake and waits for ops (status ON_REVIEW): why, and who released or rejected it, when.
alter table orders.order_line
    add column review_reason   varchar(300),
    add column reviewed_by     varchar(100),
    add column reviewed_at     timestamptz,
    add column review_decision varchar(10) check (review_decision in ('RELEASED', 'REJECTED'));
create index order_line_on_review on orders.order_line (order_id) where status = 'ON_REVIEW';

-- The largest line quantity a distributor may order of a product without review, set by ops; without a row, a line
-- is reviewed when its value passes partnerhub.review.line-value.
create table orders.review_threshold (
    distributor varchar(16)  not null references orders.distributor (code),
    sku         varchar(64)  not null,
    max_units   integer      not null check (max_units > 0),
    set_by      varchar(100) not null,
    set_at      timestamptz  not null,
    primary key (distributor, sku)
);
create trigger review_threshold_revision after insert or update or delete or truncate on orders.review_threshold
    for each statement execute function catalog.count_reference_revision('orders');
