-- Which products have LTAs decides which pools every locked promise reads; it is cached per revision (see
-- catalog.reference_revision). Draws (commitments.lta_week) are not reference data and count nothing.
insert into catalog.reference_revision (module, n) values ('commitments', 0);
create trigger lta_revision after insert or update or delete or truncate on commitments.lta
    for each statement execute function catalog.count_reference_revision('commitments');
