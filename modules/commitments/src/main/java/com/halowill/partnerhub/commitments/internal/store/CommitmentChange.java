package com.halowill.partnerhub.commitments.internal.store;

import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationTotals;
import com.halowill.partnerhub.inventory.PoolMove;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to commitments as a desk decided it, for {@link UnitOfWork} to write: who made it and why, the
 * commitments proposed, the transitions of the others, and the allocation totals to write back.
 */
public final class CommitmentChange {

    /** A changed commitment, the schedule the partner saw before, and whether the change is told (history, event). */
    public record Changed(Booked commitment, List<ScheduleLine> before, boolean told) {
    }

    public final String actor;
    public final String action;
    public final ReasonCode reason;
    public final String note;
    private final Map<Booked, String> notes = new HashMap<>();
    public final List<Booked> proposed = new ArrayList<>();
    public final List<Changed> changed = new ArrayList<>();
    public final List<PoolMove> moves = new ArrayList<>();
    public final List<Booked.LtaShipped> ltaShipped = new ArrayList<>();
    public final List<Booked> requestsChanged = new ArrayList<>();
    public AllocationTotals totals;
    public Instant at;

    public CommitmentChange(String actor, String action, ReasonCode reason, String note) {
        this.actor = actor;
        this.action = action;
        this.reason = reason;
        this.note = note;
    }

    /** A run's re-plans (re-commit, backorder run): those it touched are written, those whose schedule moved told. */
    public static CommitmentChange ofRun(List<Replan> replans, AllocationTotals totals, String actor, ReasonCode reason,
            String note) {
        CommitmentChange c = new CommitmentChange(actor, "MOVED", reason, note).withTotals(totals);
        for (Replan r : replans) {
            if (r.touched()) {
                c.add(r.commitment(), r.applyTo(r.commitment()), r.changed());
            }
        }
        return c;
    }

    /** Tells one commitment more than the change's note (what moved that line), after it. */
    public void tell(Booked b, String more) {
        notes.put(b, note == null || note.isEmpty() ? more : note + "; " + more);
    }

    /** The note written to a commitment's history. */
    public String noteFor(Booked b) {
        return notes.getOrDefault(b, note);
    }

    /** How many commitments are told of the change. */
    public int told() {
        return (int) changed.stream().filter(Changed::told).count();
    }

    /** Happens at the time the desk already stamped on what it changed (a confirmation, a shipment). */
    public CommitmentChange at(Instant at) {
        this.at = at;
        return this;
    }

    /** Also writes back the LTA and cap totals the engine changed while deciding. */
    public CommitmentChange withTotals(AllocationTotals totals) {
        this.totals = totals;
        return this;
    }

    /** A transition of a commitment, told to the partner. */
    public CommitmentChange add(Booked b, Transition t) {
        return add(b, t, true);
    }

    /** A transition of a commitment; untold, its rows are written without history or event (nothing they see moved). */
    public CommitmentChange add(Booked b, Transition t, boolean told) {
        moves.addAll(t.moves());
        changed.add(new Changed(b, t.before(), told));
        return this;
    }
}
