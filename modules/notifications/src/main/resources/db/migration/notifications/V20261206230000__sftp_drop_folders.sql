-- An endpoint is an HTTPS URL a distributor registered (webhooks, pushed X12 and cXML documents) or an SFTP drop
-- folder ops keep for a distributor's X12 documents: sftp://host:port/folder, the user to log in as, the server's
-- pinned host key (SHA256 fingerprint); its password is sealed in secret like a webhook secret. One drop folder
-- per distributor.
alter table notifications.endpoint add column kind varchar(8) not null default 'HTTPS'
    check (kind in ('HTTPS', 'SFTP'));
alter table notifications.endpoint add column username varchar(64);
alter table notifications.endpoint add column host_key varchar(100);
alter table notifications.endpoint add constraint endpoint_drop_folder_complete
    check (kind = 'HTTPS' or (username is not null and host_key is not null));
create unique index endpoint_one_drop_folder on notifications.endpoint (distributor) where active and kind = 'SFTP';
