-- Reference data (products, prices, warehouses, lines, distributors) is cached by every app instance and read
-- again when its module's revision here moves. Triggers on each module's reference tables count it up, whoever
-- writes them; one query reads every module's revision. Numbers come from a sequence, so a number taken by a
-- write that was rolled back is never handed out again. Other modules add their row and their triggers with
-- catalog.count_reference_revision('<module>').
create table catalog.reference_revision (
    module varchar(32) primary key,
    n      bigint      not null
);
create sequence catalog.reference_revision_number;

create function catalog.count_reference_revision() returns trigger language plpgsql as $$
begin
    update catalog.reference_revision set n = nextval('catalog.reference_revision_number')
    where module = tg_argv[0];
    return null;
end $$;

insert into catalog.reference_revision (module, n) values ('catalog', 0);
create trigger product_revision after insert or update or delete or truncate on catalog.product
    for each statement execute function catalog.count_reference_revision('catalog');
create trigger component_revision after insert or update or delete or truncate on catalog.component
    for each statement execute function catalog.count_reference_revision('catalog');
create trigger bom_line_revision after insert or update or delete or truncate on catalog.bom_line
    for each statement execute function catalog.count_reference_revision('catalog');
create trigger tier_discount_revision after insert or update or delete or truncate on catalog.tier_discount
    for each statement execute function catalog.count_reference_revision('catalog');
create trigger contract_price_revision after insert or update or delete or truncate on catalog.contract_price
    for each statement execute function catalog.count_reference_revision('catalog');
