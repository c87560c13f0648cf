-- A distributor's cXML sender, kept by ops: the credential (domain and identity) its procurement network sends orders
-- with, and the shared secret as an HMAC-SHA256 under a random salt (the secret itself is never stored).
create table orders.cxml_sender (
    distributor  varchar(16)  primary key references orders.distributor (code),
    domain       varchar(40)  not null,
    identity     varchar(120) not null,
    salt         bytea        not null,
    secret_hash  bytea        not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    unique (domain, identity)
);
