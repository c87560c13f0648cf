-- An order line's status changes with its commitment (confirmed, moved, shipped). No index may name the status
-- then, or every such change rewrites the line's index entries: the index of lines held for review names the review
-- reason instead (set once at intake, kept after the decision). Room left on each page lets the new version stay
-- beside the old one (a HOT update); applies to pages written from now on.
drop index orders.order_line_on_review;
create index order_line_held on orders.order_line (order_id) where review_reason is not null;
alter table orders.order_line set (fillfactor = 80);
