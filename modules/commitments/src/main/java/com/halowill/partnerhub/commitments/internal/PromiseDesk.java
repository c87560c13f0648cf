package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.catalog.RetriedOnConflict;
import com.halowill.partnerhub.catalog.AlongRead;
import com.halowill.partnerhub.catalog.RowIds;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.SupplyPools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The engine's front desk: promises new demand at intake (holding supply), quotes, and carries out ops
 * decisions (confirm, override, reject), each in one transaction that first locks the pools concerned.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class PromiseDesk implements Promises {

    private final StateLoader loader;
    private final Ledger ledger;
    private final SupplyPools pools;
    private final AllocationRules rules;
    private final Event<CommitmentsChanged> changed;
    private final Clock clock;
    private final CommitmentWriter writer;

    PromiseDesk(StateLoader loader, Ledger ledger, SupplyPools pools, AllocationRules rules,
            Event<CommitmentsChanged> changed, Clock clock, CommitmentWriter writer) {
        this.writer = writer;
        this.loader = loader;
        this.ledger = ledger;
        this.pools = pools;
        this.rules = rules;
        this.changed = changed;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Commitment> promise(List<Demand> demands) {
        return promise(demands, null, d -> true);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Commitment> promise(List<Demand> candidates, AlongRead<?> first, Predicate<Demand> taken) {
        if (candidates.isEmpty() && first == null) {
            return List.of();
        }
        StateLoader.Loaded l = loader.load(candidates.stream().map(Demand::sku).distinct().sorted().toList(), true,
                first);
        List<Demand> demands = candidates.stream().filter(taken).toList();
        if (demands.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        List<Booked> booked = new ArrayList<>();
        List<PoolMove> moves = new ArrayList<>();
        for (Demand d : demands) {
            PromisePlan plan = PromiseEngine.plan(l.state(), PromiseRequest.of(d));
            Booked b = new Booked();
            b.id = RowIds.next();
            b.demandRef = d.demandRef();
            b.distributor = d.distributor();
            b.sku = d.sku();
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
                b.allocations.add(new Booked.Held(0, a, 0));
                moves.addAll(a.moves(d.sku(), a.units(), Holding.FREE, Holding.HELD));
            });
            booked.add(b);
        }
        ledger.insertWithHistory(booked, "engine", "PROPOSED", ReasonCode.NEW_DEMAND, now);
        pools.apply(moves);
        rules.save(l.totals());
        return booked.stream().map(Booked::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(QuoteRequest q) {
        return quotes(List.of(q)).get(0);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quote> quotes(List<QuoteRequest> requests) {
        return plan(requests, true);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Quote> simulate(List<QuoteRequest> orderLines) {
        return plan(orderLines, false);
    }

    /** Plans the requests on one reading of supply; {@code alone}: each as if it were the only one. */
    private List<Quote> plan(List<QuoteRequest> requests, boolean alone) {
        if (requests.isEmpty()) {
            return List.of();
        }
        SupplyState s = loader.load(requests.stream().map(QuoteRequest::sku).distinct().toList(), false).state();
        List<Quote> out = new ArrayList<>();
        for (QuoteRequest q : requests) {
            PromisePlan plan = PromiseEngine.plan(s, new PromiseRequest(q.distributor(), q.sku(), q.quantity(),
                    q.requestedDate(), q.preferredWarehouse(), null, null));
            if (alone) {
                plan.allocations().forEach(a -> s.release(q.distributor(), q.sku(), a));
            }
            List<Booked.Held> held = plan.allocations().stream().map(a -> new Booked.Held(0, a, 0)).toList();
            String lta = plan.allocations().stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            out.add(new Quote(q.sku(), q.quantity(), q.requestedDate(), Booked.schedule(held, q.quantity()), lta,
                    plan.explanation()));
        }
        return out;
    }

    @Override
    public Commitment confirm(UUID id, String planner) {
        return confirmAll(List.of(id), planner).get(0);
    }

    @Override
    public List<Commitment> confirmAll(Collection<UUID> ids, String planner) {
        Map<UUID, Booked> locked = lock(ids);
        Instant now = now();
        List<Booked> done = new ArrayList<>();
        List<PoolMove> moves = new ArrayList<>();
        List<List<ScheduleLine>> before = new ArrayList<>();
        for (Booked b : locked.values()) {
            if (b.state == CommitmentState.CONFIRMED) {
                continue;
            }
            if (b.state != CommitmentState.PROPOSED) {
                throw new OverrideRefused("A " + b.state.name().toLowerCase() + " commitment cannot be confirmed.");
            }
            before.add(b.schedule());
            b.allocations.forEach(h -> moves.addAll(h.allocation().moves(b.sku, h.open(), Holding.HELD,
                    Holding.CONFIRMED)));
            b.state = CommitmentState.CONFIRMED;
            b.confirmedAt = now;
            b.confirmedBy = planner;
            b.updatedAt = now;
            done.add(b);
        }
        pools.apply(moves);
        done.forEach(ledger::update);
        ledger.history(done, planner, "CONFIRMED", ReasonCode.OPS_CONFIRMED, null, now);
        List<CommitmentChanged> changes = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            changes.add(new CommitmentChanged(done.get(i).view(), before.get(i), ReasonCode.OPS_CONFIRMED, planner,
                    now));
        }
        if (!changes.isEmpty()) {
            changed.fire(new CommitmentsChanged(changes));
        }
        return ids.stream().map(locked::get).map(Booked::view).toList();
    }

    @Override
    public Commitment override(UUID id, OpsDecision decision, String planner) {
        if (decision.reason() == null || !decision.reason().opsChoice()) {
            throw new OverrideRefused("Choose a reason from the list for every change.");
        }
        Booked peek = peek(id);
        StateLoader.Loaded l = loader.load(List.of(peek.sku), true);
        Booked b = ledger.byIds(List.of(id), true).get(id);
        if (!b.open()) {
            throw new OverrideRefused("A " + b.state.name().toLowerCase() + " commitment cannot be changed.");
        }
        int accepted = decision.quantity() == null ? b.accepted : decision.quantity();
        if (accepted < b.shipped() || accepted > b.quantity || accepted < 1) {
            throw new OverrideRefused("The quantity must be between " + Math.max(1, b.shipped()) + " (shipped)"
                    + " and " + b.quantity + " (ordered).");
        }
        if (decision.shipBy() != null && decision.shipBy().isBefore(loader.today())) {
            throw new OverrideRefused("A ship date cannot be in the past.");
        }
        List<ScheduleLine> before = b.schedule();
        List<PoolMove> moves = new ArrayList<>(release(l.state(), b));
        Allocation.Source only = decision.source() == null ? null : Allocation.Source.valueOf(decision.source().name());
        PromiseRequest req = new PromiseRequest(b.distributor, b.sku, accepted - b.shipped(),
                decision.shipBy() == null ? b.requested : decision.shipBy(), b.preferredWarehouse, decision.shipBy(),
                only);
        PromisePlan plan = PromiseEngine.plan(l.state(), req);
        if (plan.backordered() > 0 && (decision.shipBy() != null || only != null)) {
            throw new OverrideRefused("Only " + plan.promised() + " of " + req.quantity() + " can be promised"
                    + (decision.shipBy() == null ? "" : " to ship by " + decision.shipBy())
                    + (only == null ? "" : " from " + only.name().toLowerCase()) + "; nothing was changed.");
        }
        Holding to = b.state == CommitmentState.CONFIRMED ? Holding.CONFIRMED : Holding.HELD;
        plan.allocations().forEach(a -> moves.addAll(a.moves(b.sku, a.units(), Holding.FREE, to)));
        keepShipped(b);
        plan.allocations().forEach(a -> b.allocations.add(new Booked.Held(0, a, 0)));
        b.accepted = accepted;
        List<String> explanation = new ArrayList<>();
        explanation.add("Ops: " + decision.reason().text() + (blank(decision.note()) ? "" : " (" + decision.note()
                + ")") + ". " + plan.summary());
        explanation.addAll(plan.explanation().subList(1, plan.explanation().size()));
        b.explanation = explanation;
        return writer.write(b, l, moves, before, planner, "OVERRIDDEN", decision.reason(), decision.note());
    }

    @Override
    public Commitment reject(UUID id, ReasonCode reason, String note, String planner) {
        if (reason == null || !reason.opsChoice()) {
            throw new OverrideRefused("Choose a reason from the list to reject.");
        }
        Booked peek = peek(id);
        StateLoader.Loaded l = loader.load(List.of(peek.sku), true);
        Booked b = ledger.byIds(List.of(id), true).get(id);
        if (!b.open()) {
            return b.view();
        }
        List<ScheduleLine> before = b.schedule();
        List<PoolMove> moves = release(l.state(), b);
        keepShipped(b);
        b.state = CommitmentState.REJECTED;
        b.explanation = List.of("Rejected by HaloWill operations: " + reason.text()
                + (blank(note) ? "" : " (" + note + ")"));
        return writer.write(b, l, moves, before, planner, "REJECTED", reason, note);
    }

    @Override
    public List<Commitment> cancel(Collection<UUID> ids, String actor, String note) {
        Map<UUID, Booked> peek = ledger.byIds(ids, false);
        if (peek.isEmpty()) {
            return List.of();
        }
        StateLoader.Loaded l = loader.load(peek.values().stream().map(b -> b.sku).distinct().sorted().toList(), true);
        Map<UUID, Booked> locked = ledger.byIds(ids, true);
        Instant now = now();
        List<PoolMove> moves = new ArrayList<>();
        List<Booked> done = new ArrayList<>();
        List<CommitmentChanged> changes = new ArrayList<>();
        for (Booked b : locked.values()) {
            if (!b.open() || b.shipped() >= b.accepted) {
                continue;
            }
            List<ScheduleLine> before = b.schedule();
            moves.addAll(release(l.state(), b));
            keepShipped(b);
            b.accepted = b.shipped();
            b.state = b.accepted > 0 ? CommitmentState.CONFIRMED : CommitmentState.CANCELLED;
            b.explanation = List.of("Cancelled by the customer" + (b.accepted > 0 ? "; " + b.accepted
                    + " had shipped" : "") + (blank(note) ? "" : " (" + note + ")"));
            b.updatedAt = now;
            done.add(b);
            changes.add(new CommitmentChanged(b.view(), before, ReasonCode.CANCELLED, actor, now));
        }
        pools.apply(moves);
        rules.save(l.totals());
        ledger.updateAll(done);
        ledger.history(done, actor, "CANCELLED", ReasonCode.CANCELLED, note, now);
        if (!changes.isEmpty()) {
            changed.fire(new CommitmentsChanged(changes));
        }
        return locked.values().stream().map(Booked::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Commitment> find(UUID id) {
        return Optional.ofNullable(ledger.byIds(List.of(id), false).get(id)).map(Booked::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> forDemands(Collection<String> refs) {
        return refs.isEmpty() ? List.of() : ledger.byDemands(refs).values().stream().map(Booked::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> proposals(ProposalFilter filter, int limit) {
        List<UUID> ids = ledger.proposals(filter, limit);
        return ledger.byIds(ids, false).values().stream().map(Booked::view)
                .sorted(Comparator.comparing(Commitment::receivedAt).thenComparing(Commitment::id)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(Collection<String> refs) {
        return refs.isEmpty() ? List.of() : ledger.history(refs);
    }

    // ---- shared steps ---------------------------------------------------------------------------

    /** Locks the pools of these commitments' products, then the commitments themselves. */
    private Map<UUID, Booked> lock(Collection<UUID> ids) {
        Map<UUID, Booked> peek = ledger.byIds(ids, false);
        for (UUID id : ids) {
            if (!peek.containsKey(id)) {
                throw new NoSuchElementException("no commitment " + id);
            }
        }
        pools.snapshot(peek.values().stream().map(b -> b.sku).distinct().sorted().toList(), true);
        return ledger.byIds(ids, true);
    }

    private Booked peek(UUID id) {
        Booked b = ledger.byIds(List.of(id), false).get(id);
        if (b == null) {
            throw new NoSuchElementException("no commitment " + id);
        }
        return b;
    }

    /** Gives the unshipped units back: to the state (and its LTA and caps), and as pool moves to free. */
    static List<PoolMove> release(SupplyState s, Booked b) {
        Holding from = b.state == CommitmentState.CONFIRMED ? Holding.CONFIRMED : Holding.HELD;
        List<PoolMove> moves = new ArrayList<>();
        for (Booked.Held h : b.allocations) {
            if (h.open() > 0) {
                s.release(b.distributor, b.sku, h.allocation().withUnits(h.open()));
                moves.addAll(h.allocation().moves(b.sku, h.open(), from, Holding.FREE));
            }
        }
        return moves;
    }

    /** Keeps of each allocation only what has shipped. */
    static void keepShipped(Booked b) {
        List<Booked.Held> kept = new ArrayList<>();
        for (Booked.Held h : b.allocations) {
            if (h.shipped() > 0) {
                kept.add(new Booked.Held(h.id(), h.allocation().withUnits(h.shipped()), h.shipped()));
            }
        }
        b.allocations = kept;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
