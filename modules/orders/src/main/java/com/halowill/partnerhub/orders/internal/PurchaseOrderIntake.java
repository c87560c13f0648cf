package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import com.halowill.partnerhub.orders.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Order intake in one transaction. Exactly-once rests on two unique constraints, not on memory:
 * the (distributor, Idempotency-Key) row is claimed first, so concurrent retries queue behind the
 * first and then replay its order; the (distributor, PO number) constraint stops a second order
 * under another key.
 */
@ApplicationScoped
class PurchaseOrderIntake implements OrderIntake {

    private final EntityManager em;
    private final Distributors distributors;
    private final Catalog catalog;
    private final Pricing pricing;
    private final Promises promises;
    private final OrderReading reading;
    private final Clock clock;
    private final IntakeGroups groups;

    PurchaseOrderIntake(EntityManager em, Distributors distributors, Catalog catalog, Pricing pricing,
            Promises promises, OrderReading reading, Clock clock, IntakeGroups groups) {
        this.groups = groups;
        this.em = em;
        this.distributors = distributors;
        this.catalog = catalog;
        this.pricing = pricing;
        this.promises = promises;
        this.reading = reading;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Submission submit(SubmitOrder order) {
        return take(order);
    }

    @Override
    public <T> T submitTogether(SubmitOrder order, Function<Submission, T> answer) {
        List<String> skus = order.lines() == null ? List.of()
                : order.lines().stream().filter(l -> l != null && l.sku() != null).map(SubmitLine::sku).toList();
        return groups.run(skus, () -> answer.apply(take(order)));
    }

    /**
     * The intake itself, in the caller's transaction. Not intercepted: a rejection thrown from here does not mark
     * the transaction for rollback, so a group can roll back to the order's savepoint and go on.
     */
    private Submission take(SubmitOrder order) {
        Distributor distributor = distributors.find(order.distributor())
                .orElseThrow(() -> new OrderRejected(List.of(new FieldError("distributor",
                        "unknown distributor '" + order.distributor() + "'"))));
        String fingerprint = RequestFingerprint.of(order);
        UUID orderId = UUID.randomUUID();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int claimed = em.createNativeQuery("""
                insert into orders.idempotency_key (distributor, key, request_hash, order_id, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, distributor.code()).setParameter(2, order.idempotencyKey())
                .setParameter(3, fingerprint).setParameter(4, orderId).setParameter(5, now).executeUpdate();
        if (claimed == 0) {
            return replay(distributor.code(), order.idempotencyKey(), fingerprint);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, ShipTo> shipTos = distributors.shipTos(distributor.code()).stream()
                .collect(Collectors.toMap(ShipTo::code, s -> s));
        Map<String, Product> products = catalog.find(order.lines() == null ? List.of() : order.lines().stream()
                .filter(l -> l != null && l.sku() != null && OrderValidation.skuShaped(l.sku())).map(SubmitLine::sku)
                .distinct().toList());
        List<FieldError> errors = OrderValidation.validate(order, shipTos.keySet(),
                sku -> Optional.ofNullable(products.get(sku)), today);
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
        int created = em.createNativeQuery("""
                insert into orders.purchase_order (id, distributor, po_number, ship_to, currency, channel, status,
                note, created_by, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
                on conflict (distributor, po_number) do nothing""")
                .setParameter(1, orderId).setParameter(2, distributor.code()).setParameter(3, order.poNumber())
                .setParameter(4, order.shipTo()).setParameter(5, order.currency())
                .setParameter(6, order.channel().name()).setParameter(7, OrderStatus.RECEIVED.name())
                .setParameter(8, order.note() == null ? "" : order.note()).setParameter(9, order.submittedBy())
                .setParameter(10, now).executeUpdate();
        if (created == 0) {
            UUID existing = (UUID) em.createNativeQuery(
                    "select id from orders.purchase_order where distributor = ?1 and po_number = ?2")
                    .setParameter(1, distributor.code()).setParameter(2, order.poNumber()).getSingleResult();
            throw new DuplicatePoNumber(order.poNumber(), existing);
        }
        // The row is written; this copy (never read back) carries the lines to the answer.
        PurchaseOrderEntity po = new PurchaseOrderEntity();
        po.id = orderId;
        po.distributor = distributor.code();
        po.poNumber = order.poNumber();
        po.shipTo = order.shipTo();
        po.currency = order.currency();
        po.channel = order.channel();
        po.status = OrderStatus.RECEIVED;
        po.note = order.note() == null ? "" : order.note();
        po.createdBy = order.submittedBy();
        po.createdAt = now;
        po.updatedAt = now;
        PurchaseOrderEntity row = em.getReference(PurchaseOrderEntity.class, orderId);
        Map<String, Money> prices = pricing.pricesFor(products.values(), distributor.code(), distributor.tier(),
                today);
        for (SubmitLine line : order.lines()) {
            po.lines.add(line(row, line, prices.get(line.sku())));
        }
        em.flush();
        String warehouse = shipTos.get(po.shipTo).defaultWarehouse();
        List<Commitment> promised = promises.promise(po.lines.stream().map(line -> new Demand(line.demandRef,
                distributor.code(), line.sku, line.quantity, line.requestedDate, po.shipTo, warehouse, now)).toList());
        return new Submission(reading.view(po, promised), false);
    }

    private OrderLineEntity line(PurchaseOrderEntity po, SubmitLine in, Money price) {
        OrderLineEntity line = new OrderLineEntity();
        line.id = UUID.randomUUID();
        line.order = po;
        line.lineNumber = in.lineNumber();
        line.sku = in.sku();
        line.quantity = in.quantity();
        line.requestedDate = in.requestedDate();
        line.status = LineStatus.PENDING_COMMITMENT;
        line.demandRef = "order-line:" + line.id;
        if (in.unitPrice() == null) {
            line.unitPrice = price.amount();
        } else {
            line.unitPrice = in.unitPrice();
            if (in.unitPrice().compareTo(price.amount()) != 0) {
                line.flags = "PRICE_MISMATCH";
            }
        }
        em.persist(line);
        return line;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void rememberAnswer(String distributor, String key, int status, String body) {
        em.createNativeQuery("""
                update orders.idempotency_key set answer_status = ?1, answer_body = ?2
                where distributor = ?3 and key = ?4 and answer_body is null""")
                .setParameter(1, status).setParameter(2, body).setParameter(3, distributor).setParameter(4, key)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Answer> firstAnswer(String distributor, String key) {
        List<Object[]> rows = em.createNativeQuery("""
                select answer_status, answer_body from orders.idempotency_key
                where distributor = ?1 and key = ?2 and answer_body is not null""")
                .setParameter(1, distributor).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Answer(((Number) r[0]).intValue(), (String) r[1]));
    }

    private Submission replay(String distributor, String key, String fingerprint) {
        Object[] first = (Object[]) em.createNativeQuery(
                "select request_hash, order_id from orders.idempotency_key where distributor = ?1 and key = ?2")
                .setParameter(1, distributor).setParameter(2, key).getSingleResult();
        if (!fingerprint.equals(first[0])) {
            throw new IdempotencyKeyReused(key);
        }
        PurchaseOrderEntity po = em.find(PurchaseOrderEntity.class, first[1]);
        return new Submission(reading.view(po), true);
    }
}
