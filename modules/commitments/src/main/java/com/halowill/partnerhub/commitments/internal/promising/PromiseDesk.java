package com.halowill.partnerhub.commitments.internal.promising;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.PromiseSession;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.StateLoader;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.Transition;
import com.halowill.partnerhub.commitments.internal.store.UnitOfWork;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The engine's front desk: promises new demand at intake (holding supply), quotes, and carries out ops
 * decisions (confirm, override, reject), each in one transaction that first locks the pools concerned.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class PromiseDesk implements Promises {

    private final StateLoader loader;
    private final CommitmentRows commitmentRows;
    private final UnitOfWork work;

    public PromiseDesk(StateLoader loader, CommitmentRows commitmentRows, UnitOfWork work) {
        this.loader = loader;
        this.commitmentRows = commitmentRows;
        this.work = work;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Commitment> promise(List<Demand> demands) {
        if (demands.isEmpty()) {
            return List.of();
        }
        return open(demands.stream().map(Demand::sku).toList()).promise(demands);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PromiseSession open(Collection<Sku> skus) {
        StateLoader.Loaded l = loader.load(skus.stream().map(Sku::value).distinct().sorted().toList(), true);
        return demands -> propose(l, demands);
    }

    /** Plans and holds each demand on the locked state, in the order given, and writes them as one change. */
    private List<Commitment> propose(StateLoader.Loaded l, List<Demand> demands) {
        if (demands.isEmpty()) {
            return List.of();
        }
        Instant now = work.now();
        CommitmentChange change = new CommitmentChange("engine", "PROPOSED", ReasonCode.NEW_DEMAND, null)
                .withTotals(l.totals()).at(now);
        CallOffReclaim reclaim = CallOffReclaim.over(l.state(), commitmentRows, null, loader::recipes);
        for (Demand d : demands) {
            PromisePlan plan = reclaim.plan(PromiseRequest.of(d));
            change.proposed.add(Booked.propose(d, plan, now, change.moves));
        }
        if (reclaim.touched()) {
            work.apply(reclaim.givenBack().at(now));
        }
        work.apply(change);
        return change.proposed.stream().map(Booked::view).toList();
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
        List<String> skus = requests.stream().map(q -> q.sku().value()).distinct().toList();
        SupplyState s = loader.load(skus, false).state();
        CallOffReclaim reclaim = CallOffReclaim.over(s, commitmentRows, null, loader::recipes);
        List<Quote> out = new ArrayList<>();
        for (QuoteRequest q : requests) {
            String distributor = q.distributor() == null ? "" : q.distributor().value();
            PromisePlan plan = reclaim.plan(new PromiseRequest(distributor, q.sku().value(), q.quantity(),
                    q.requestedDate(), q.preferredWarehouse(), null, null));
            if (alone && reclaim.touched()) {
                // Units taken from other lines changed more than this quote's own pools: read supply again.
                s = loader.load(skus, false).state();
                reclaim = CallOffReclaim.over(s, commitmentRows, null, loader::recipes);
            } else if (alone) {
                for (Allocation a : plan.allocations()) {
                    s.release(distributor, q.sku().value(), a);
                }
            }
            String lta = plan.allocations().stream().map(Allocation::ltaCode).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            out.add(new Quote(q.sku(), q.quantity(), q.requestedDate(), Booked.offered(plan.allocations(), q.quantity()), lta,
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
        Map<UUID, Booked> locked = work.lockRows(ids);
        Instant now = work.now();
        CommitmentChange change = new CommitmentChange(planner, "CONFIRMED", ReasonCode.OPS_CONFIRMED, null).at(now);
        for (Booked b : locked.values()) {
            if (b.state != CommitmentState.CONFIRMED) {
                change.add(b, b.confirm(planner, now));
            }
        }
        work.apply(change);
        return ids.stream().map(locked::get).map(Booked::view).toList();
    }

    @Override
    public Commitment override(UUID id, OpsDecision decision, String planner) {
        if (decision.reason() == null || !decision.reason().opsChoice()) {
            throw new OverrideRefused("Choose a reason from the list for every change.");
        }
        UnitOfWork.Locked l = work.lock(List.of(id));
        Booked b = l.commitments().get(id);
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
        Transition released = b.release(l.state());
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
        List<String> explanation = new ArrayList<>();
        explanation.add("Ops: " + decision.reason().text() + (blank(decision.note()) ? "" : " (" + decision.note()
                + ")") + ". " + plan.summary());
        explanation.addAll(plan.explanation().subList(1, plan.explanation().size()));
        work.apply(new CommitmentChange(planner, "OVERRIDDEN", decision.reason(), decision.note())
                .withTotals(l.totals()).add(b, b.take(released, plan.allocations(), accepted, explanation)));
        return b.view();
    }

    @Override
    public Commitment reject(UUID id, ReasonCode reason, String note, String planner) {
        if (reason == null || !reason.opsChoice()) {
            throw new OverrideRefused("Choose a reason from the list to reject.");
        }
        UnitOfWork.Locked l = work.lock(List.of(id));
        Booked b = l.commitments().get(id);
        if (!b.open()) {
            return b.view();
        }
        Transition t = b.reject(l.state(), reason.text() + (blank(note) ? "" : " (" + note + ")"));
        work.apply(new CommitmentChange(planner, "REJECTED", reason, note).withTotals(l.totals()).add(b, t));
        return b.view();
    }

    @Override
    public List<Commitment> cancel(Collection<UUID> ids, String actor, String note) {
        List<UUID> known = List.copyOf(commitmentRows.byIds(ids, false).keySet());
        if (known.isEmpty()) {
            return List.of();
        }
        UnitOfWork.Locked l = work.lock(known);
        CommitmentChange change = new CommitmentChange(actor, "CANCELLED", ReasonCode.CANCELLED, note)
                .withTotals(l.totals());
        for (Booked b : l.commitments().values()) {
            if (b.open() && b.shipped() < b.accepted) {
                change.add(b, b.cancel(l.state(), note));
            }
        }
        work.apply(change);
        return l.commitments().values().stream().map(Booked::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Commitment> find(UUID id) {
        return Optional.ofNullable(commitmentRows.byIds(List.of(id), false).get(id)).map(Booked::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> forDemands(Collection<DemandRef> refs) {
        return refs.isEmpty() ? List.of() : commitmentRows.byDemands(DemandRef.values(refs)).values().stream()
                .map(Booked::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> proposals(ProposalFilter filter, int limit) {
        List<UUID> ids = commitmentRows.proposals(filter, limit);
        return commitmentRows.byIds(ids, false).values().stream().map(Booked::view)
                .sorted(Comparator.comparing(Commitment::receivedAt).thenComparing(Commitment::id)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(Collection<DemandRef> refs) {
        return refs.isEmpty() ? List.of() : commitmentRows.history(DemandRef.values(refs));
    }

    // ---- shared steps ---------------------------------------------------------------------------

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
