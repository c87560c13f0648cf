-- Ops staff's mails: new proposals waiting, change requests waiting, webhook deliveries that died; sent together
-- by the ops alert run, which remembers up to when it has told (one row, locked by the instance that runs it).
create table notifications.ops_mail_preference (
    username        varchar(100) primary key,
    email           varchar(254) not null,
    proposals       boolean      not null,
    change_requests boolean      not null,
    dead_letters    boolean      not null,
    updated_at      timestamptz  not null
);
create table notifications.ops_alert_run (
    id       int primary key check (id = 1),
    told_up_to timestamptz not null
);
insert into notifications.ops_alert_run (id, told_up_to) values (1, now());
alter table notifications.delivery add column dead_at timestamptz;
