package com.halowill.partnerhub.commitments.internal.store;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolMove;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One commitment re-planned by a run (re-commit, backorder run): what it keeps, what it gave back, what it
 * was promised instead, and its schedule before. Turns into pool moves, new rows and a {@link Move}.
 */
public record Replan(Booked commitment, List<Booked.Held> kept, List<Allocation> released, List<Allocation> added,
        List<ScheduleLine> before, List<String> explanation) {

    /** Who keeps supply first: LTA-drawn, then confirmed, then first come. */
    public static final Comparator<Booked> KEEP_FIRST = Comparator
            .<Booked, Integer>comparing(b -> b.state == CommitmentState.CONFIRMED ? 0 : 1)
            .thenComparing(b -> b.receivedAt).thenComparing(b -> b.id);

    /** Promises again what a commitment gave back plus what it had no date for; keeps everything else. */
    public static Replan of(SupplyState s, Booked b, List<Booked.Held> released, String why) {
        int quantity = b.accepted - kept(b, released).stream().mapToInt(h -> h.allocation().units()).sum();
        PromisePlan plan = PromiseEngine.plan(s, b.request().withQuantity(quantity));
        List<String> explanation = new ArrayList<>();
        explanation.add(why + ": " + plan.summary());
        explanation.addAll(plan.explanation().subList(1, plan.explanation().size()));
        return new Replan(b, kept(b, released), released.stream().map(h -> h.allocation().withUnits(h.open()))
                .toList(), plan.allocations(), b.schedule(), explanation);
    }

    /** The replan of a commitment that gave back {@code released} and was promised {@code added} instead. */
    public static Replan of(Booked b, List<Booked.Held> released, List<Allocation> parts, String why) {
        List<Allocation> added = Allocation.merge(parts);
        List<Booked.Held> kept = kept(b, released);
        List<Allocation> gaveBack = released.stream().map(h -> h.allocation().withUnits(h.open())).toList();
        int keptUnits = kept.stream().mapToInt(h -> h.allocation().units()).sum();
        int promised = added.stream().mapToInt(Allocation::units).sum();
        PromiseRequest request = b.request().withQuantity(b.accepted - keptUnits);
        List<String> explanation = new ArrayList<>();
        explanation.add(why + ": " + PromiseEngine.summary(request, added, request.quantity() - promised));
        added.forEach(a -> explanation.add(a.describe() + ", ships " + a.shipDate()));
        explanation.add(PromiseEngine.RULE);
        return new Replan(b, kept, gaveBack, added, b.schedule(), explanation);
    }

    /** What a commitment keeps: every allocation it did not give back, and the shipped part of those it did. */
    private static List<Booked.Held> kept(Booked b, List<Booked.Held> released) {
        List<Booked.Held> kept = new ArrayList<>();
        for (Booked.Held h : b.allocations) {
            if (!released.contains(h)) {
                kept.add(h);
            } else if (h.shipped() > 0) {
                kept.add(new Booked.Held(h.id(), h.allocation().withUnits(h.shipped()), h.shipped()));
            }
        }
        return kept;
    }


    public List<ScheduleLine> after() {
        List<Booked.Held> all = new ArrayList<>(kept);
        added.forEach(a -> all.add(new Booked.Held(0, a, 0)));
        return Booked.schedule(all, commitment.accepted);
    }

    public boolean changed() {
        return !ScheduleText.of(before).equals(ScheduleText.of(after()));
    }

    public List<PoolMove> moves() {
        Holding holding = commitment.state == CommitmentState.CONFIRMED ? Holding.CONFIRMED : Holding.HELD;
        List<PoolMove> moves = new ArrayList<>();
        released.forEach(a -> moves.addAll(a.moves(commitment.sku, a.units(), holding, Holding.FREE)));
        added.forEach(a -> moves.addAll(a.moves(commitment.sku, a.units(), Holding.FREE, holding)));
        return moves;
    }

    /** Whether the run touched the commitment's allocations at all. */
    public boolean touched() {
        return !released.isEmpty() || !added.isEmpty();
    }

    /** Writes the new allocations and explanation into the commitment: the transition a run makes of it. */
    public Transition applyTo(Booked b) {
        List<PoolMove> moves = moves();
        List<Booked.Held> all = new ArrayList<>(kept);
        added.forEach(a -> all.add(new Booked.Held(0, a, 0)));
        b.allocations = all;
        b.explanation = explanation;
        return new Transition(moves, before);
    }

    /** What the partner sees change (a backorder run names no supply that fell short). */
    public Move move() {
        return move(null);
    }

    /** What the partner sees change, with the supply that fell short under the commitment (null: none). */
    public Move move(String cause) {
        String lta = added.stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst()
                .orElse(released.stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst().orElse(null));
        Booked b = commitment;
        return new Move(b.id, new DemandRef(b.demandRef), new DistributorCode(b.distributor), new Sku(b.sku), b.state,
                b.accepted, before, after(), lta, cause);
    }
}
