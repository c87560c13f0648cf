-- The buyer's own line id where it differs from the line number: an X12 850 line scheduled for several dates
-- (SCH) becomes one order line per date, each keeping the PO101 it came from, so the 855 answers the buyer's line.
alter table orders.order_line add column buyer_line varchar(20);
