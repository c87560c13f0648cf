package com.halowill.partnerhub.commitments.internal.promising;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandChanges;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Re-promises a commitment for the customer's new quantity and date, under the pool locks, all or nothing. A change
 * kept only if it can be ({@code onlyIfKept}) moves nobody else; one ops accept is planned as intake plans a call-off,
 * so an LTA holder's raised call-off takes its protected volume back from lines without an LTA (ADR 16).
 */
@ApplicationScoped
public class ChangeDesk implements DemandChanges {

    private final StateLoader loader;
    private final UnitOfWork work;
    private final CommitmentRows rows;

    public ChangeDesk(StateLoader loader, UnitOfWork work, CommitmentRows rows) {
        this.loader = loader;
        this.work = work;
        this.rows = rows;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockSupplyFor(Collection<Sku> products) {
        List<String> skus = Sku.values(products);
        if (!skus.isEmpty()) {
            loader.load(skus, true);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChangePreview> preview(UUID id, int quantity, LocalDate requested) {
        Booked b = rows.byIds(List.of(id), false).get(id);
        if (b == null || !b.open() || quantity < Math.max(1, b.shipped())) {
            return Optional.empty();
        }
        SupplyState s = loader.load(List.of(b.sku), false).state();
        b.release(s);
        if (quantity == b.shipped()) {
            return Optional.of(new ChangePreview(List.of(), 0));
        }
        CallOffReclaim reclaim = CallOffReclaim.over(s, rows, id, loader::recipes);
        PromisePlan plan = reclaim.plan(request(b, quantity, requested));
        return Optional.of(new ChangePreview(Booked.offered(plan.allocations(), quantity - b.shipped()),
                reclaim.taken()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public DemandChange change(UUID id, int quantity, LocalDate requested, boolean onlyIfKept, String actor,
            String note) {
        UnitOfWork.Locked l = work.lock(List.of(id));
        Booked b = l.commitments().get(id);
        if (!b.open()) {
            throw new OverrideRefused("A " + b.state.name().toLowerCase() + " line cannot be changed.");
        }
        if (quantity < Math.max(1, b.shipped())) {
            throw new OverrideRefused("The quantity cannot go below " + Math.max(1, b.shipped())
                    + (b.shipped() > 0 ? " (already shipped)." : "."));
        }
        boolean reduction = quantity <= b.accepted && requested.equals(b.requested);
        Commitment unchanged = b.view();
        Transition released = b.release(l.state());
        CallOffReclaim reclaim = CallOffReclaim.over(l.state(), rows, id, loader::recipes);
        PromisePlan plan;
        if (quantity == b.shipped()) {
            plan = new PromisePlan(List.of(), 0, List.of("All " + quantity + " have shipped."));
        } else if (onlyIfKept) {
            plan = PromiseEngine.plan(l.state(), request(b, quantity, requested)); // kept at once: moves nobody
        } else {
            plan = reclaim.plan(request(b, quantity, requested));
        }
        List<ScheduleLine> offer = Booked.offered(plan.allocations(), quantity - b.shipped());
        boolean kept = plan.backordered() == 0
                && (plan.lastShipDate() == null || !plan.lastShipDate().isAfter(requested));
        if (onlyIfKept && !kept && !reduction) {
            return new DemandChange(false, unchanged, offer, plan.summary());
        }
        b.quantity = quantity;
        b.requested = requested;
        List<String> explanation = new ArrayList<>();
        explanation.add("Changed at the customer's request to " + quantity + " by " + requested + ". " + plan.summary());
        explanation.addAll(plan.explanation().subList(Math.min(1, plan.explanation().size()),
                plan.explanation().size()));
        CommitmentChange change = new CommitmentChange(actor, "CHANGED", ReasonCode.CUSTOMER_REQUEST, note)
                .withTotals(l.totals()).add(b, b.take(released, plan.allocations(), quantity, explanation));
        change.requestsChanged.add(b);
        if (reclaim.touched()) {
            work.apply(reclaim.givenBack());
        }
        work.apply(change);
        return new DemandChange(true, b.view(), offer, plan.summary());
    }

    /** The request for what the line still has to ship of the new quantity, by the new date. */
    private static PromiseRequest request(Booked b, int quantity, LocalDate requested) {
        return new PromiseRequest(b.distributor, b.sku, quantity - b.shipped(), requested, b.preferredWarehouse, null,
                null);
    }
}
