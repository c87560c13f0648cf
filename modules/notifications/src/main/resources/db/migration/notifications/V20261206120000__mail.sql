-- Which mails each portal user wants, and the mails themselves: written with the change that causes them (an
-- outbox), sent by the mail relay, retried until the SMTP server takes them.
create table notifications.mail_preference (
    username        varchar(100) primary key,
    distributor     varchar(16)  not null,
    email           varchar(254) not null,
    acknowledgments boolean      not null,
    moved_dates     boolean      not null,
    shipments       boolean      not null,
    updated_at      timestamptz  not null
);
create index mail_preference_distributor on notifications.mail_preference (distributor);

create table notifications.mail (
    id              uuid primary key,
    username        varchar(100) not null,
    email           varchar(254) not null,
    kind            varchar(20)  not null,
    subject         varchar(300) not null,
    text_body       text         not null,
    html_body       text         not null,
    status          varchar(10)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(200),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index mail_due on notifications.mail (next_attempt_at) where status = 'PENDING';
create index mail_user on notifications.mail (username, created_at desc);
