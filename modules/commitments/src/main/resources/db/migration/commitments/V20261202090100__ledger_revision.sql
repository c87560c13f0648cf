-- The LTA ledgers and allocation caps are read whole by every promise; each change to them gives them a new
-- revision, drawn from a sequence (never given twice, not even by a transaction that rolls back), so that a
-- reader that kept them for the revision they have now does not read them again (AllocationRules). The
-- triggers count, not the writers: a change made any way (another instance, ops' SQL) is seen.
create sequence commitments.ledger_revision_numbers;
create table commitments.ledger_revision (
    one      boolean primary key default true check (one),
    revision bigint not null default nextval('commitments.ledger_revision_numbers')
);
insert into commitments.ledger_revision default values;

create function commitments.count_ledger_revision() returns trigger language plpgsql as $$
begin
    update commitments.ledger_revision set revision = nextval('commitments.ledger_revision_numbers');
    return null;
end $$;

create trigger lta_ledger_revision after insert or update or delete or truncate on commitments.lta
    for each statement execute function commitments.count_ledger_revision();
create trigger lta_week_ledger_revision after insert or update or delete or truncate on commitments.lta_week
    for each statement execute function commitments.count_ledger_revision();
create trigger allocation_cap_ledger_revision after insert or update or delete or truncate
    on commitments.allocation_cap for each statement execute function commitments.count_ledger_revision();
