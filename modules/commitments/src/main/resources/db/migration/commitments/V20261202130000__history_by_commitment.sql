-- A line's history is read through its commitment (demand_ref is unique there, and a commitment is never
-- deleted nor given another demand), by commitment_history_commitment; the index by demand_ref cost every
-- history row an entry of its own.
drop index if exists commitments.commitment_history_demand;
