-- Units of an open commitment without a date, kept with each write, so finding backorders reads an index.
alter table commitments.commitment add column backordered integer not null default 0 check (backordered >= 0);
update commitments.commitment c set backordered = greatest(0, c.accepted_quantity
    - (select coalesce(sum(a.units), 0) from commitments.allocation a where a.commitment_id = c.id))
where c.state in ('PROPOSED', 'CONFIRMED');
create index commitment_backordered on commitments.commitment (sku) where backordered > 0;
