-- Protection a re-commit gave up for good: a supply cut left no chips or capacity to build that week's undrawn
-- quota from, so keeping it would only make the weeks after it look short to every later promise. The holder's
-- call-offs still draw on the quota (drawn); only the protection of what is left of it is gone.
alter table commitments.lta_week add column yielded integer not null default 0 check (yielded >= 0);
