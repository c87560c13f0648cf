-- The promise engine: commitments hold pooled supply from the moment they are proposed, split into
-- allocations (stock in a warehouse, or a week's build on a line), LTAs protected per week, caps.

alter table commitments.commitment drop constraint commitment_state_check;
alter table commitments.commitment
    add constraint commitment_state_check check (state in ('PROPOSED', 'CONFIRMED', 'REJECTED', 'CANCELLED')),
    add column accepted_quantity   integer,
    add column preferred_warehouse varchar(16),
    add column received_at         timestamptz,
    add column updated_at          timestamptz,
    add column details             text not null default '';
update commitments.commitment set accepted_quantity = quantity, received_at = proposed_at,
    updated_at = coalesce(confirmed_at, proposed_at);
alter table commitments.commitment
    alter column accepted_quantity set not null,
    alter column received_at set not null,
    alter column updated_at set not null,
    add constraint commitment_accepted check (accepted_quantity >= 0 and accepted_quantity <= quantity);
drop index commitments.commitment_state;
create index commitment_queue on commitments.commitment (state, received_at, id);
create index commitment_sku on commitments.commitment (sku) where state in ('PROPOSED', 'CONFIRMED');

-- Units of a commitment promised from one source. What the allocations do not cover is backordered.
create table commitments.allocation (
    id            bigserial primary key,
    commitment_id uuid not null references commitments.commitment (id),
    source        varchar(8) not null check (source in ('STOCK', 'BUILD')),
    warehouse     varchar(16),
    week_start    date,
    line          varchar(16),
    chips         varchar(200) not null default '',
    units         integer not null check (units > 0),
    lta_code      varchar(64),
    ship_date     date not null,
    delivery_date date not null,
    shipped       integer not null default 0 check (shipped >= 0 and shipped <= units),
    check ((source = 'STOCK' and warehouse is not null) or (source = 'BUILD' and week_start is not null
        and line is not null))
);
create index allocation_commitment on commitments.allocation (commitment_id);
create index allocation_week on commitments.allocation (week_start) where source = 'BUILD';

-- The skeleton's supply buckets are gone, so its commitments hold nothing: they keep their dates in
-- history and wait, backordered, for the re-commit case opened below.
drop table commitments.commitment_source;

alter table commitments.commitment_history
    alter column action type varchar(24),
    add column note     varchar(500) not null default '',
    add column schedule varchar(4000) not null default '';

insert into commitments.commitment_history (commitment_id, demand_ref, at, actor, action, ship_date, quantity,
    reason_code, note, schedule)
select id, demand_ref, now(), 'migration', 'BACKORDERED', null, quantity, 'SUPPLY_CHANGE',
    'pooled supply replaced the skeleton''s buckets; the re-commit case re-promises this line',
    quantity || '@-'
from commitments.commitment where state in ('PROPOSED', 'CONFIRMED');

-- Long-term agreements: the committed volume, spread over the weeks of the period, and what the holder
-- has drawn (ordered) and shipped in each week.
create table commitments.lta (
    code                varchar(64) primary key,
    distributor         varchar(16) not null,
    sku                 varchar(64) not null,
    period_start        date not null,
    period_end          date not null,
    committed_quantity  integer not null check (committed_quantity > 0),
    take_or_pay_percent integer not null check (take_or_pay_percent between 0 and 100),
    fence_weeks         integer not null default 2 check (fence_weeks between 0 and 52),
    check (period_end >= period_start)
);

create table commitments.lta_week (
    lta_code   varchar(64) not null references commitments.lta (code),
    week_start date not null,
    quota      integer not null check (quota >= 0),
    drawn      integer not null default 0 check (drawn >= 0),
    shipped    integer not null default 0 check (shipped >= 0),
    primary key (lta_code, week_start)
);

-- Allocation caps: the most a distributor may be promised of a product (outside its LTA) for ship
-- dates in a period; used is kept in the promising transaction.
create table commitments.allocation_cap (
    id           bigserial primary key,
    distributor  varchar(16) not null,
    sku          varchar(64) not null,
    period_start date not null,
    period_end   date not null,
    max_quantity integer not null check (max_quantity >= 0),
    used         integer not null default 0 check (used >= 0),
    set_by       varchar(100) not null,
    set_at       timestamptz not null,
    check (period_end >= period_start)
);

-- Each distributor's allocation profile (fair share weight), set by ops.
create table commitments.allocation_profile (
    distributor varchar(16) primary key,
    tier        varchar(16) not null,
    weight      integer not null check (weight between 1 and 100)
);

-- A supply change that leaves commitments uncovered (or backorders that new supply could fill) opens a
-- case; ops preview what would move and approve.
create table commitments.recommit_case (
    id         bigserial primary key,
    opened_at  timestamptz not null,
    opened_by  varchar(100) not null,
    reason     varchar(500) not null,
    status     varchar(16) not null check (status in ('OPEN', 'APPLIED', 'CLOSED')),
    closed_at  timestamptz,
    closed_by  varchar(100),
    outcome    varchar(1000)
);
create unique index recommit_case_one_open on commitments.recommit_case (status) where status = 'OPEN';

insert into commitments.recommit_case (opened_at, opened_by, reason, status)
select now(), 'migration', 'Commitments made before pooled supply hold nothing; re-promise them.', 'OPEN'
where exists (select 1 from commitments.commitment where state in ('PROPOSED', 'CONFIRMED'));
