-- A change request may carry the partner's Idempotency-Key: sending it again answers the first request.
alter table orders.change_request add column request_key varchar(255);
create unique index change_request_key on orders.change_request (distributor, request_key);
