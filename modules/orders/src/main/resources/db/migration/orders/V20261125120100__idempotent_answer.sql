-- The answer the first call with an Idempotency-Key was given, so a retry gets exactly that answer.
alter table orders.idempotency_key add column answer_status integer, add column answer_body text;
