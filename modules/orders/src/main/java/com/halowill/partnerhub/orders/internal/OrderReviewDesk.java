package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.PromiseSession;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.LineOnReview;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderReviews;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.ReviewThreshold;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ops' side of orders held at intake: releasing promises the held lines then (pool locks first, as every desk),
 * rejecting tells the partner why; a line is released or rejected once, whoever clicks twice.
 */
@ApplicationScoped
@RetriedOnConflict
class OrderReviewDesk implements OrderReviews {

    private final EntityManager em;
    private final Promises promises;
    private final Distributors distributors;
    private final Catalog catalog;
    private final ReviewRules rules;
    private final Event<OrderUpdates> updates;
    private final Clock clock;
    private final LineCommitments orderStatus;

    OrderReviewDesk(EntityManager em, Promises promises, Distributors distributors, Catalog catalog,
            ReviewRules rules, Event<OrderUpdates> updates, Clock clock, LineCommitments orderStatus) {
        this.orderStatus = orderStatus;
        this.em = em;
        this.promises = promises;
        this.distributors = distributors;
        this.catalog = catalog;
        this.rules = rules;
        this.updates = updates;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LineOnReview> waiting() {
        return em.createQuery("""
                select l from OrderLineEntity l join fetch l.order o where l.reviewReason is not null and l.status = ?1
                order by o.createdAt, o.id, l.lineNumber""", OrderLineEntity.class)
                .setParameter(1, LineStatus.ON_REVIEW).getResultList().stream()
                .map(l -> new LineOnReview(new OrderId(l.order.id), l.order.poNumber,
                new DistributorCode(l.order.distributor), l.lineNumber, new Sku(l.sku),
                        l.quantity, l.requestedDate, l.unitPrice.multiply(BigDecimal.valueOf(l.quantity)),
                        l.reviewReason, l.order.createdAt))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int waitingLines() {
        return Math.toIntExact(OrderLineEntity.count("reviewReason is not null and status = ?1", LineStatus.ON_REVIEW));
    }

    @Override
    @Transactional
    public int release(OrderId id, String actor) {
        UUID orderId = id.value();
        PurchaseOrderEntity po = order(orderId);
        List<OrderLineEntity> held = held(po);
        if (held.isEmpty()) {
            return 0;
        }
        String warehouse = distributors.shipTos(new DistributorCode(po.distributor)).stream().filter(s -> s.code()
                .equals(po.shipTo))
                .map(ShipTo::defaultWarehouse).findFirst().orElse(null);
        // Whether the lines are still held is read once the pools are locked: a release that got there first has
        // committed by then, and this one promises nothing.
        PromiseSession session = promises.open(held.stream().map(l -> new Sku(l.sku)).toList());
        Set<String> still = stillHeld(held);
        List<Commitment> made = session.promise(held.stream().filter(l -> still.contains(l.demandRef))
                .map(l -> new Demand(new DemandRef(l.demandRef), new DistributorCode(po.distributor), new Sku(l.sku),
                l.quantity, l.requestedDate, po.shipTo,
                        warehouse, po.createdAt)).toList());
        if (made.isEmpty()) {
            return 0;
        }
        List<OrderLineEntity> released = held.stream().filter(l -> still.contains(l.demandRef)).toList();
        orderStatus.settle(po.id, decide(po, released, LineStatus.PENDING_COMMITMENT, "RELEASED", actor));
        return released.size();
    }

    @Override
    @Transactional
    public int reject(OrderId id, String note, String actor) {
        UUID orderId = id.value();
        PurchaseOrderEntity po = order(orderId);
        return close(po, held(po), LineStatus.REJECTED, "REVIEW_REJECTED",
                "Rejected after review" + (note == null || note.isBlank() ? "" : ": " + note.strip()), actor);
    }

    /** Cancels the order's held lines (the partner cancelled the order), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    int cancelHeld(UUID orderId, String actor) {
        PurchaseOrderEntity po = order(orderId);
        return close(po, held(po), LineStatus.CANCELLED, "CANCELLED", "Cancelled by the customer", actor);
    }

    /** Closes held lines, moves the order's status on, and tells the partner with the reason. */
    private int close(PurchaseOrderEntity po, List<OrderLineEntity> held, LineStatus status, String reasonCode,
            String reason, String actor) {
        if (held.isEmpty()) {
            return 0;
        }
        Instant at = decide(po, held, status, status == LineStatus.REJECTED ? "REJECTED" : null, actor);
        rules.forget(po.distributor);
        List<OrderUpdates.LineUpdate> lines = held.stream().map(l -> new OrderUpdates.LineUpdate(new OrderId(po.id),
                po.poNumber,
                new DistributorCode(po.distributor), l.lineNumber, new Sku(l.sku), reasonCode, reason, List.of(),
                List.of(), status, 0, at))
                .toList();
        Optional<OrderUpdates.StatusUpdate> moved = orderStatus.settle(po.id, at);
        updates.fire(new OrderUpdates(lines, moved.stream().toList()));
        return held.size();
    }

    /**
     * Moves the held lines on, only those still held: another decision that got there first rolls this one back
     * and it runs again (it then finds nothing held). The order is settled by the caller.
     */
    private Instant decide(PurchaseOrderEntity po, List<OrderLineEntity> held, LineStatus status, String decision,
            String actor) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.flush();
        int moved = em.createNativeQuery("""
                update orders.order_line set status = ?1, review_decision = ?2, reviewed_by = ?3, reviewed_at = ?4
                where id = any(cast(?5 as uuid[])) and status = 'ON_REVIEW'""")
                .setParameter(1, status.name()).setParameter(2, decision).setParameter(3, actor)
                .setParameter(4, Timestamp.from(at)).setParameter(5, held.stream().map(l -> l.id).toArray(UUID[]::new))
                .executeUpdate();
        if (moved != held.size()) {
            throw new IllegalStateException("the review was decided meanwhile",
                    new SQLException("order " + po.id + " was reviewed concurrently", "40001"));
        }
        em.clear();
        return at;
    }

    @SuppressWarnings("unchecked")
    private Set<String> stillHeld(List<OrderLineEntity> held) {
        return new HashSet<>(em.createNativeQuery(
                "select demand_ref from orders.order_line where id = any(cast(?1 as uuid[])) and status = 'ON_REVIEW'")
                .setParameter(1, held.stream().map(l -> l.id).toArray(UUID[]::new)).getResultList());
    }

    private static PurchaseOrderEntity order(UUID orderId) {
        PurchaseOrderEntity po = PurchaseOrderEntity.findById(orderId);
        if (po == null) {
            throw new NoSuchElementException("no order " + orderId);
        }
        return po;
    }

    private static List<OrderLineEntity> held(PurchaseOrderEntity po) {
        return po.lines.stream().filter(l -> l.status == LineStatus.ON_REVIEW).toList();
    }

    @Override
    public List<ReviewThreshold> thresholds() {
        return rules.all();
    }

    @Override
    @Transactional
    public void setThreshold(DistributorCode code, Sku product, int maxUnits, String actor) {
        String distributor = code.value();
        String sku = product.value();
        if (distributors.find(code).isEmpty()) {
            throw new IllegalArgumentException("unknown distributor '" + distributor + "'");
        }
        if (catalog.find(product).isEmpty()) {
            throw new IllegalArgumentException("unknown product '" + sku + "'");
        }
        if (maxUnits < 0) {
            throw new IllegalArgumentException("the largest quantity without review cannot be negative");
        }
        if (maxUnits == 0) {
            em.createNativeQuery("delete from orders.review_threshold where distributor = ?1 and sku = ?2")
                    .setParameter(1, distributor).setParameter(2, sku).executeUpdate();
        } else {
            em.createNativeQuery("""
                    insert into orders.review_threshold (distributor, sku, max_units, set_by, set_at)
                    values (?1, ?2, ?3, ?4, ?5) on conflict (distributor, sku) do update
                    set max_units = excluded.max_units, set_by = excluded.set_by, set_at = excluded.set_at""")
                    .setParameter(1, distributor).setParameter(2, sku).setParameter(3, maxUnits)
                    .setParameter(4, actor).setParameter(5, Timestamp.from(Instant.now(clock))).executeUpdate();
        }
        rules.changed();
    }
}
