-- A person may take its mails as one digest a day: their mails are kept (HELD) until the digest collects them.
alter table notifications.mail_preference add column digest boolean not null default false;
