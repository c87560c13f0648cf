package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.PoolMove;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to commitments as a desk decided it, for {@link UnitOfWork} to write: who made it and why, the
 * commitments proposed, the transitions of the others, and the allocation totals to write back.
 */
final class CommitmentChange {

    /** A changed commitment, the schedule the partner saw before, and whether the change is told (history, event). */
    record Changed(Booked commitment, List<ScheduleLine> before, boolean told) {
    }

    final String actor;
    final String action;
    final ReasonCode reason;
    final String note;
    final List<Booked> proposed = new ArrayList<>();
    final List<Changed> changed = new ArrayList<>();
    final List<PoolMove> moves = new ArrayList<>();
    final List<Booked.LtaShipped> ltaShipped = new ArrayList<>();
    final List<Booked> requestsChanged = new ArrayList<>();
    AllocationTotals totals;
    Instant at;

    CommitmentChange(String actor, String action, ReasonCode reason, String note) {
        this.actor = actor;
        this.action = action;
        this.reason = reason;
        this.note = note;
    }

    /** A run's re-plans (re-commit, backorder run): those it touched are written, those whose schedule moved told. */
    static CommitmentChange ofRun(List<Replan> replans, AllocationTotals totals, String actor, ReasonCode reason,
            String note) {
        CommitmentChange c = new CommitmentChange(actor, "MOVED", reason, note).withTotals(totals);
        for (Replan r : replans) {
            if (r.touched()) {
                c.add(r.commitment(), r.applyTo(r.commitment()), r.changed());
            }
        }
        return c;
    }

    /** How many commitments are told of the change. */
    int told() {
        return (int) changed.stream().filter(Changed::told).count();
    }

    /** Happens at the time the desk already stamped on what it changed (a confirmation, a shipment). */
    CommitmentChange at(Instant at) {
        this.at = at;
        return this;
    }

    /** Also writes back the LTA and cap totals the engine changed while deciding. */
    CommitmentChange withTotals(AllocationTotals totals) {
        this.totals = totals;
        return this;
    }

    /** A transition of a commitment, told to the partner. */
    CommitmentChange add(Booked b, Transition t) {
        return add(b, t, true);
    }

    /** A transition of a commitment; untold, its rows are written without history or event (nothing they see moved). */
    CommitmentChange add(Booked b, Transition t, boolean told) {
        moves.addAll(t.moves());
        changed.add(new Changed(b, t.before(), told));
        return this;
    }
}
