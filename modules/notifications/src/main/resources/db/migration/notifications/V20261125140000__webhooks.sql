-- Notifications module: webhook endpoints, the transactional outbox, and one delivery per event and endpoint.
create schema if not exists notifications;

create table notifications.endpoint (
    id          uuid primary key,
    distributor varchar(16) not null,
    url         varchar(2000) not null,
    events      varchar(200) not null,
    secret      varchar(100) not null,
    created_at  timestamptz not null,
    created_by  varchar(100) not null,
    active      boolean not null default true
);
create index endpoint_distributor on notifications.endpoint (distributor) where active;

-- Written in the transaction that made the change, so an event exists exactly when its change does.
create table notifications.outbox_event (
    id          bigserial primary key,
    distributor varchar(16) not null,
    type        varchar(40) not null,
    payload     text not null,
    created_at  timestamptz not null
);

create table notifications.delivery (
    id              uuid primary key,
    event_id        bigint not null references notifications.outbox_event (id),
    endpoint_id     uuid not null references notifications.endpoint (id),
    status          varchar(12) not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz not null
);
create index delivery_due on notifications.delivery (next_attempt_at) where status = 'PENDING';
create index delivery_endpoint on notifications.delivery (endpoint_id, created_at desc);
