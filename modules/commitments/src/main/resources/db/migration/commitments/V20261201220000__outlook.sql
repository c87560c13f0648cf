-- The partner dashboard: the changes HaloWill made to a distributor's dates (notices), newest first, and its
-- open commitments by distributor.
create index commitment_history_notices on commitments.commitment_history (at desc)
    where reason_code in ('SUPPLY_CONSTRAINT', 'QUALITY_HOLD', 'ALLOCATION_DECISION', 'LOGISTICS', 'PRICE_REVIEW',
                          'SUPPLY_CHANGE', 'BACKORDER_RUN');
create index commitment_open_distributor on commitments.commitment (distributor)
    where state in ('PROPOSED', 'CONFIRMED');
