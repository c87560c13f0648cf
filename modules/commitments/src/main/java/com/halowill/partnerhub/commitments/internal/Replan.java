package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolMove;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One commitment re-planned by a run (re-commit, backorder run): what it keeps, what it gave back, what it
 * was promised instead, and its schedule before. Turns into pool moves, a new ledger state and a {@link Move}.
 */
record Replan(Booked commitment, List<Booked.Held> kept, List<Allocation> released, List<Allocation> added,
        List<ScheduleLine> before, List<String> explanation) {

    List<ScheduleLine> after() {
        List<Booked.Held> all = new ArrayList<>(kept);
        added.forEach(a -> all.add(new Booked.Held(0, a, 0)));
        return Booked.schedule(all, commitment.accepted);
    }

    boolean changed() {
        return !ScheduleText.of(before).equals(ScheduleText.of(after()));
    }

    List<PoolMove> moves() {
        Holding holding = commitment.state == CommitmentState.CONFIRMED ? Holding.CONFIRMED : Holding.HELD;
        List<PoolMove> moves = new ArrayList<>();
        released.forEach(a -> moves.addAll(a.moves(commitment.sku, a.units(), holding, Holding.FREE)));
        added.forEach(a -> moves.addAll(a.moves(commitment.sku, a.units(), Holding.FREE, holding)));
        return moves;
    }

    /** Whether the run touched the commitment's allocations at all. */
    boolean touched() {
        return !released.isEmpty() || !added.isEmpty();
    }

    /** Writes the new allocations and explanation into the commitment: the transition a run makes of it. */
    Transition applyTo(Booked b) {
        List<PoolMove> moves = moves();
        List<Booked.Held> all = new ArrayList<>(kept);
        added.forEach(a -> all.add(new Booked.Held(0, a, 0)));
        b.allocations = all;
        b.explanation = explanation;
        return new Transition(moves, before);
    }

    Move move() {
        String lta = added.stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst()
                .orElse(released.stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst().orElse(null));
        Booked b = commitment;
        return new Move(b.id, b.demandRef, b.distributor, b.sku, b.state, b.accepted, before, after(), lta);
    }
}
