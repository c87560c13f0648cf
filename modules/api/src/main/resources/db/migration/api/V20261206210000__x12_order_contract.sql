-- The contract number (REF*CT) an 850 named, kept with the order's X12 parties and echoed on its 855.
alter table api.x12_order_partner add column contract varchar(80);
