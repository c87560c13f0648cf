-- Which X12 documents HaloWill pushes to a distributor's subscribed endpoints (ops decide, per profile); the
-- others are fetched by the partner (pull). Existing profiles keep pushing all three.
alter table orders.x12_profile
    add column push_855 boolean not null default true,
    add column push_856 boolean not null default true,
    add column push_865 boolean not null default true;
