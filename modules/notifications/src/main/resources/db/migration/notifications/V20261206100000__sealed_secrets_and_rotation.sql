-- Endpoint secrets are kept sealed (AES-GCM under partnerhub.webhooks.secret-key, "sealed:v1:..."); rows written
-- before are sealed by the application when it starts. A rotated secret stays valid until previous_until.
alter table notifications.endpoint alter column secret type text;
alter table notifications.endpoint add column previous_secret text;
alter table notifications.endpoint add column previous_until timestamptz;
