package com.halowill.partnerhub.commitments.internal.store;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.platform.RowIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The commitment aggregate: its facts, state and allocations (with what of each has shipped), and the transitions
 * that change them. Each transition returns its {@link Transition} (the pool moves it needs and the schedule before);
 * {@link UnitOfWork} writes it. Desks decide, the aggregate changes, the unit of work records.
 */
public final class Booked {

    /** One stored allocation and the units of it already shipped. */
    public record Held(long id, Allocation allocation, int shipped) {

        public int open() {
            return allocation.units() - shipped;
        }
    }

    public UUID id;
    public String demandRef;
    public String distributor;
    public String sku;
    public int quantity;
    public int accepted;
    public LocalDate requested;
    public String shipTo;
    public String preferredWarehouse;
    public CommitmentState state;
    public List<String> explanation = List.of();
    public Instant receivedAt;
    public Instant proposedAt;
    public Instant confirmedAt;
    public String confirmedBy;
    public Instant updatedAt;
    public List<Held> allocations = new ArrayList<>();

    /** A new demand proposed on the engine's plan: its supply moves from free to held. */
    public static Booked propose(Demand d, PromisePlan plan, Instant now, List<PoolMove> moves) {
        Booked b = new Booked();
        b.id = RowIds.next();
        b.demandRef = d.demandRef().value();
        b.distributor = d.distributor().value();
        b.sku = d.sku().value();
        b.quantity = d.quantity();
        b.accepted = d.quantity();
        b.requested = d.requestedDate();
        b.shipTo = d.shipTo();
        b.preferredWarehouse = d.preferredWarehouse();
        b.state = CommitmentState.PROPOSED;
        b.explanation = plan.explanation();
        b.receivedAt = d.receivedAt() == null ? now : d.receivedAt();
        b.proposedAt = now;
        b.updatedAt = now;
        plan.allocations().forEach(a -> {
            b.allocations.add(new Held(0, a, 0));
            moves.addAll(a.moves(d.sku().value(), a.units(), Holding.FREE, Holding.HELD));
        });
        return b;
    }

    /** Ops confirm a proposal: its held supply becomes confirmed. */
    public Transition confirm(String planner, Instant now) {
        if (state != CommitmentState.PROPOSED) {
            throw new OverrideRefused("A " + state.name().toLowerCase() + " commitment cannot be confirmed.");
        }
        List<ScheduleLine> before = schedule();
        List<PoolMove> moves = new ArrayList<>();
        allocations.forEach(h -> moves.addAll(h.allocation().moves(sku, h.open(), Holding.HELD, Holding.CONFIRMED)));
        state = CommitmentState.CONFIRMED;
        confirmedAt = now;
        confirmedBy = planner;
        return new Transition(moves, before);
    }

    /**
     * Gives the unshipped units back (to the engine's state, with its LTA and caps, and as pool moves to free) and
     * keeps of each allocation only what has shipped: the first half of every re-plan, reject and cancel.
     */
    public Transition release(SupplyState s) {
        List<ScheduleLine> before = schedule();
        Holding from = holding();
        List<PoolMove> moves = new ArrayList<>();
        List<Held> kept = new ArrayList<>();
        for (Held h : allocations) {
            if (h.open() > 0) {
                s.release(distributor, sku, h.allocation().withUnits(h.open()));
                moves.addAll(h.allocation().moves(sku, h.open(), from, Holding.FREE));
            }
            if (h.shipped() > 0) {
                kept.add(new Held(h.id(), h.allocation().withUnits(h.shipped()), h.shipped()));
            }
        }
        allocations = kept;
        return new Transition(moves, before);
    }

    /** Takes a new plan's allocations for {@code accepted} units, in the holding of its state. */
    public Transition take(Transition released, List<Allocation> plan, int accepted, List<String> explanation) {
        List<PoolMove> moves = new ArrayList<>(released.moves());
        Holding to = holding();
        plan.forEach(a -> {
            moves.addAll(a.moves(sku, a.units(), Holding.FREE, to));
            allocations.add(new Held(0, a, 0));
        });
        this.accepted = accepted;
        this.explanation = explanation;
        return new Transition(moves, released.before());
    }

    /** Ops reject an open commitment: its supply goes back. */
    public Transition reject(SupplyState s, String why) {
        Transition t = release(s);
        state = CommitmentState.REJECTED;
        explanation = List.of("Rejected by HaloWill operations: " + why);
        return t;
    }

    /** The customer cancels what has not shipped; a line with shipped units stays confirmed for those. */
    public Transition cancel(SupplyState s, String note) {
        Transition t = release(s);
        accepted = shipped();
        state = accepted > 0 ? CommitmentState.CONFIRMED : CommitmentState.CANCELLED;
        explanation = List.of("Cancelled by the customer" + (accepted > 0 ? "; " + accepted + " had shipped" : "")
                + (note == null || note.isBlank() ? "" : " (" + note + ")"));
        return t;
    }

    /** Ships units from the given allocations, in the order given, each up to what it has open. */
    public Transition ship(List<Held> ready, int quantity, List<LtaShipped> ltaShipped) {
        List<ScheduleLine> before = schedule();
        List<PoolMove> moves = new ArrayList<>();
        int left = quantity;
        List<Held> all = new ArrayList<>(allocations);
        for (Held h : ready) {
            int n = Math.min(left, h.open());
            if (n == 0) {
                break;
            }
            all.set(all.indexOf(h), new Held(h.id(), h.allocation(), h.shipped() + n));
            moves.addAll(h.allocation().moves(sku, n, Holding.CONFIRMED, Holding.SHIPPED));
            if (h.allocation().ltaCode() != null) {
                ltaShipped.add(new LtaShipped(h.allocation().ltaCode(), Weeks.monday(h.allocation().shipDate()), n));
            }
            left -= n;
        }
        allocations = all;
        return new Transition(moves, before);
    }

    /** Units of an LTA's week that shipped. */
    public record LtaShipped(String ltaCode, LocalDate week, int units) {
    }

    private Holding holding() {
        return state == CommitmentState.CONFIRMED ? Holding.CONFIRMED : Holding.HELD;
    }

    public PromiseRequest request() {
        return new PromiseRequest(distributor, sku, accepted - shipped(), requested, preferredWarehouse, null, null);
    }

    public int allocated() {
        return allocations.stream().mapToInt(h -> h.allocation().units()).sum();
    }

    /** Accepted units that no allocation dates. */
    public int backordered() {
        return accepted - allocated();
    }

    public int shipped() {
        return allocations.stream().mapToInt(Held::shipped).sum();
    }

    public boolean open() {
        return state == CommitmentState.PROPOSED || state == CommitmentState.CONFIRMED;
    }

    public Commitment view() {
        return new Commitment(id, new DemandRef(demandRef), new DistributorCode(distributor), new Sku(sku), quantity,
                accepted, requested, shipTo, state,
                schedule(), explanation, receivedAt, proposedAt, confirmedAt, confirmedBy, updatedAt);
    }

    public List<ScheduleLine> schedule() {
        return schedule(allocations, open() ? accepted : allocated());
    }

    /** The schedule a plan's allocations would give {@code accepted} units (nothing held yet: a quote, an offer). */
    public static List<ScheduleLine> offered(List<Allocation> plan, int accepted) {
        return schedule(plan.stream().map(a -> new Held(0, a, 0)).toList(), accepted);
    }

    /** Allocations grouped by ship date, then what nothing covers as one line without a date. */
    public static List<ScheduleLine> schedule(List<Held> allocations, int accepted) {
        Map<LocalDate, List<Held>> byDate = new TreeMap<>();
        allocations.forEach(h -> byDate.computeIfAbsent(h.allocation().shipDate(), d -> new ArrayList<>()).add(h));
        List<ScheduleLine> out = new ArrayList<>();
        int dated = 0;
        for (Map.Entry<LocalDate, List<Held>> e : byDate.entrySet()) {
            List<Held> group = e.getValue();
            int units = group.stream().mapToInt(h -> h.allocation().units()).sum();
            int lta = group.stream().filter(h -> h.allocation().ltaCode() != null)
                    .mapToInt(h -> h.allocation().units()).sum();
            String ltaCode = group.stream().map(h -> h.allocation().ltaCode()).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            LocalDate delivery = group.stream().map(h -> h.allocation().deliveryDate()).max(LocalDate::compareTo)
                    .orElseThrow();
            out.add(new ScheduleLine(units, e.getKey(), delivery, ltaCode, lta,
                    group.stream().mapToInt(Held::shipped).sum(),
                    group.stream().map(h -> h.allocation().describe()).toList()));
            dated += units;
        }
        if (accepted > dated) {
            out.add(new ScheduleLine(accepted - dated, null, null, null, 0, 0,
                    List.of("backordered: no unpromised supply in the plan yet")));
        }
        return out;
    }
}
