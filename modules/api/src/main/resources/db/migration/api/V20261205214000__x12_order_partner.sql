-- The X12 parties each order came in from (the sender's ISA qualifier and id, its GS application sender), so that
-- the order's 855 and 856 go back to the ids the partner's VAN routes on, not to its Partner Hub code.
create table api.x12_order_partner (
    order_id uuid primary key,
    isa_qualifier varchar(2) not null,
    isa_id varchar(15) not null,
    gs_id varchar(15) not null,
    received_at timestamptz not null default now()
);
