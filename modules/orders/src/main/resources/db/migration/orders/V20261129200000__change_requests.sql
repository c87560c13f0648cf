-- A distributor's request to change quantities or requested dates of an order's lines, or to cancel lines.
-- Each line gets its own outcome: accepted at once when the engine can keep it without moving anyone else,
-- otherwise it waits for HaloWill ops (PENDING_REVIEW), who accept or reject it.
create table orders.change_request (
    id            uuid primary key,
    order_id      uuid not null references orders.purchase_order (id),
    distributor   varchar(16) not null,
    state         varchar(16) not null check (state in ('PENDING_REVIEW', 'ACCEPTED', 'REJECTED')),
    requested_at  timestamptz not null,
    requested_by  varchar(200) not null,
    note          varchar(1000) not null default '',
    decided_at    timestamptz,
    decided_by    varchar(200),
    decision_note varchar(1000) not null default ''
);
create index change_request_order on orders.change_request (order_id, requested_at);
create index change_request_pending on orders.change_request (requested_at) where state = 'PENDING_REVIEW';

create table orders.change_request_line (
    request_id          uuid not null references orders.change_request (id),
    line_number         integer not null,
    sku                 varchar(64) not null,
    from_quantity       integer not null,
    from_requested_date date not null,
    quantity            integer,
    requested_date      date,
    cancel              boolean not null,
    outcome             varchar(16) not null check (outcome in ('PENDING_REVIEW', 'ACCEPTED', 'REJECTED')),
    answer              varchar(2000) not null default '',
    primary key (request_id, line_number)
);
