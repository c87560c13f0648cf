-- Pooled supply (promise engine): finished goods, components per week and line capacity per week, each
-- row keeping its own running totals, so what is left is read, never summed from commitments. The
-- skeleton's per-product buckets and reservations go; the plan moves into the pool rows.

-- One row per pool family ('stock:<sku>', 'chips:<component>', 'capacity:<line>'). Whoever changes a
-- family's pools first locks its row (select ... for update, in key order), so checks that span weeks
-- (chips carry forward) see no concurrent change.
create table inventory.pool_family (
    family varchar(80) primary key
);

create table inventory.assembly_line (
    line         varchar(16) primary key,
    form_factors varchar(200) not null
);

-- A component's supply arriving in a week. Use may exceed a week's supply (chips carry forward); the
-- engine checks the cumulative sums. Supply may be cut below use: that opens a re-commit case.
create table inventory.component_pool (
    component  varchar(32) not null,
    week_start date not null check (extract(isodow from week_start) = 1),
    supply     integer not null check (supply >= 0),
    held       integer not null default 0 check (held >= 0),
    confirmed  integer not null default 0 check (confirmed >= 0),
    shipped    integer not null default 0 check (shipped >= 0),
    primary key (component, week_start)
);

create table inventory.capacity_pool (
    line       varchar(16) not null references inventory.assembly_line (line),
    week_start date not null check (extract(isodow from week_start) = 1),
    units      integer not null check (units >= 0),
    held       integer not null default 0 check (held >= 0),
    confirmed  integer not null default 0 check (confirmed >= 0),
    shipped    integer not null default 0 check (shipped >= 0),
    primary key (line, week_start)
);

-- Finished goods are a pool too: shipping issues stock (on_hand and confirmed go down together).
alter table inventory.stock
    add column held      integer not null default 0 check (held >= 0),
    add column confirmed integer not null default 0 check (confirmed >= 0);

insert into inventory.assembly_line (line, form_factors)
select distinct on (line) line, form_factors from inventory.assembly_capacity order by line, week_start desc;
insert into inventory.component_pool (component, week_start, supply)
select component, week_start, quantity from inventory.component_supply
where extract(isodow from week_start) = 1;
insert into inventory.capacity_pool (line, week_start, units)
select line, week_start, units from inventory.assembly_capacity where extract(isodow from week_start) = 1;
insert into inventory.pool_family (family)
select distinct 'chips:' || component from inventory.component_pool
union select distinct 'capacity:' || line from inventory.assembly_line
union select distinct 'stock:' || sku from inventory.stock;

drop table inventory.reservation;
drop table inventory.supply_bucket;
drop table inventory.component_supply;
drop table inventory.assembly_capacity;

-- The supply plan's history: every import or edit is a version; what it changed, cell by cell.
create table inventory.supply_plan_version (
    id         bigserial primary key,
    created_at timestamptz not null,
    created_by varchar(100) not null,
    source     varchar(16) not null check (source in ('IMPORT', 'EDIT', 'STOCK')),
    note       varchar(500) not null default '',
    changes    integer not null
);

create table inventory.supply_plan_change (
    version_id   bigint not null references inventory.supply_plan_version (id),
    kind         varchar(8) not null check (kind in ('CHIPS', 'CAPACITY', 'STOCK')),
    key          varchar(64) not null,
    place        varchar(16) not null,
    old_quantity integer not null,
    new_quantity integer not null,
    primary key (version_id, kind, key, place)
);
