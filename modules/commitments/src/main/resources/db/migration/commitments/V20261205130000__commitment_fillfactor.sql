-- A commitment row is rewritten many times in its life (confirmed, moved by a re-commit or a backorder run,
-- shipped). Room left on each page lets PostgreSQL write the new version beside the old one without touching the
-- indexes (a HOT update) when no indexed column changes, as in a re-commit that moves dates. Applies to pages
-- written from now on.
alter table commitments.commitment set (fillfactor = 70);
