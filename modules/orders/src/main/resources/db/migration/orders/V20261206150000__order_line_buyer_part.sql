-- The buyer's own part number of a line (an 850's PO1 BP id beside HaloWill's VP), echoed in the 855 and 856.
alter table orders.order_line add column buyer_part varchar(48);
