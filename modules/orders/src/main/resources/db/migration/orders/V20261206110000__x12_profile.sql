-- A distributor's X12 trading-partner profile, kept by ops: the interchange ids its ERP or VAN sends from (and that
-- HaloWill's 855, 856 and 997 are addressed to), its GS application id, and the version and separators it reads.
create table orders.x12_profile (
    distributor        varchar(16) primary key references orders.distributor (code),
    isa_qualifier      char(2)      not null,
    isa_id             varchar(15)  not null,
    gs_id              varchar(15)  not null,
    version            varchar(6)   not null check (version in ('004010', '005010')),
    element_separator  char(1)      not null,
    component_separator char(1)     not null,
    segment_terminator char(1)      not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(100) not null,
    unique (isa_qualifier, isa_id)
);
