package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.PromiseSession;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.orders.Submission;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.LockRoundTrip;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import com.halowill.partnerhub.platform.RowIds;
import com.halowill.partnerhub.platform.WriteBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes in any number of orders in the caller's transaction: their idempotency keys, orders and lines in one
 * statement, sent in the round trip that locks the pools of their products, then one promise for the lines of the
 * orders taken in, whose commitments and pool moves go with the kept answers in one round trip. Each order still
 * gets its own outcome: a replay of its key, a rejection, a PO number already used, or its new order.
 * Exactly-once rests on the unique keys of (distributor, Idempotency-Key) and (distributor, PO number): the key is
 * claimed first, so a concurrent retry waits for the first and then replays its order.
 */
@ApplicationScoped
class IntakeBatch {

    /** One order to take in, and what its caller answers once it is in (run in the same transaction). */
    record Item(SubmitOrder order, Function<Submission, Object> answer) {
    }

    /**
     * What became of an order: the caller's answer, or the failure it gets; {@code again}: its key or PO number
     * is also used by an earlier order of the same batch, so it is taken in on its own once the batch committed.
     */
    record Outcome(Object answer, RuntimeException failure, boolean again) {

        static final Outcome AGAIN = new Outcome(null, null, true);

        static Outcome of(Object answer) {
            return new Outcome(answer, null, false);
        }

        static Outcome failed(RuntimeException e) {
            return new Outcome(null, e, false);
        }
    }

    private final EntityManager em;
    private final Distributors distributors;
    private final Catalog catalog;
    private final Pricing pricing;
    private final Promises promises;
    private final OrderReading reading;
    private final Clock clock;
    private final IntakeRows rows;
    private final WriteBehind writes;
    private final TransactionSynchronizationRegistry transactions;
    private final ReviewRules reviews;
    private final LockRoundTrip trip;

    IntakeBatch(EntityManager em, Distributors distributors, Catalog catalog, Pricing pricing, Promises promises,
            OrderReading reading, Clock clock, IntakeRows rows, WriteBehind writes,
            TransactionSynchronizationRegistry transactions, ReviewRules reviews, LockRoundTrip trip) {
        this.reviews = reviews;
        this.trip = trip;
        this.writes = writes;
        this.transactions = transactions;
        this.em = em;
        this.distributors = distributors;
        this.catalog = catalog;
        this.pricing = pricing;
        this.promises = promises;
        this.reading = reading;
        this.clock = clock;
        this.rows = rows;
    }

    /** An order of a known distributor, the key claim it makes, and its index in the batch. */
    private record Claimed(int index, Distributor distributor, IntakeRows.Claim claim) {
    }

    /**
     * Takes the items in, in the caller's transaction, and answers an outcome for each, in their order. An SQL
     * error is thrown (it dooms the whole transaction); rejections, duplicates and replays are outcomes.
     */
    List<Outcome> take(List<Item> items) {
        return take(items, false);
    }

    /**
     * The same; with {@code deferReferenceCheck} the reference data held in memory (catalog, pools' lines and
     * warehouses, distributors, LTA products) are used as they are and checked at the end, with the last writes:
     * if any of them moved meanwhile, {@link ReferenceMoved} is thrown and the caller runs the items again
     * without deferring (the transaction must roll back).
     */
    List<Outcome> take(List<Item> items, boolean deferReferenceCheck) {
        if (deferReferenceCheck) {
            ReferenceSnapshot.deferCheck(transactions);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now(clock);
        Outcome[] out = new Outcome[items.size()];
        List<Claimed> claims = claims(items, now, out);
        Map<String, Product> products = catalog.find(Sku.all(skus(items)));
        Map<Claimed, List<FieldError>> invalid = new LinkedHashMap<>();
        List<PurchaseOrderEntity> drafts = new ArrayList<>();
        Map<UUID, Claimed> byOrder = new HashMap<>();
        Map<UUID, String> warehouses = new HashMap<>();
        for (Claimed c : claims) {
            SubmitOrder order = items.get(c.index()).order();
            Map<String, ShipTo> shipTos = distributors.shipTos(c.distributor().id()).stream()
                    .collect(Collectors.toMap(ShipTo::code, s -> s));
            List<FieldError> errors = OrderValidation.validate(order, shipTos.keySet(),
                    sku -> Optional.ofNullable(products.get(sku)), today);
            if (!errors.isEmpty()) {
                invalid.put(c, errors);
                continue;
            }
            drafts.add(draft(order, c, products, now, today));
            byOrder.put(c.claim().orderId(), c);
            warehouses.put(c.claim().orderId(), shipTos.get(order.shipTo()).defaultWarehouse());
        }
        holdForReview(drafts, byOrder);
        promiseAndAnswer(items, drafts, invalid, byOrder, warehouses, now, out, deferReferenceCheck);
        return List.of(out);
    }

    /**
     * The valid orders written and promised, the invalid ones refused, then each caller's answer. Nothing reads what
     * is written after the promise, so the commitments, pool moves and kept answers go to PostgreSQL together, in
     * one round trip.
     */
    private void promiseAndAnswer(List<Item> items, List<PurchaseOrderEntity> drafts,
            Map<Claimed, List<FieldError>> invalid, Map<UUID, Claimed> byOrder, Map<UUID, String> warehouses,
            Instant now, Outcome[] out, boolean deferReferenceCheck) {
        writes.open();
        AlongRead<Set<String>> check = null;
        try {
            List<IntakeRows.Claim> refused = new ArrayList<>();
            Promised promised = writeAndPromise(items, drafts, byOrder, warehouses, now, out, refused);
            refuse(items, invalid, out, refused);
            rows.release(refused);
            for (PurchaseOrderEntity po : promised.taken()) {
                List<Commitment> mine = po.lines.stream()
                        .flatMap(l -> promised.byDemand().getOrDefault(l.demandRef, List.of()).stream()).toList();
                int index = byOrder.get(po.id).index();
                out[index] = Outcome.of(items.get(index).answer().apply(new Submission(reading.view(po, mine),
                        false)));
            }
            if (deferReferenceCheck) {
                check = ReferenceSnapshot.deferredCheck(transactions);
                writes.read(check);
            }
            writes.flush();
        } finally {
            writes.close();
        }
        if (check != null && !check.result().isEmpty()) {
            throw new ReferenceMoved(check.result());
        }
    }

    /**
     * The keys to claim: one per order of a known distributor. An order whose key or PO number an earlier order of
     * the batch uses waits for the batch ({@link Outcome#AGAIN}).
     */
    private List<Claimed> claims(List<Item> items, Instant now, Outcome[] out) {
        Set<String> keys = new HashSet<>();
        Set<String> poNumbers = new HashSet<>();
        List<Claimed> claims = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SubmitOrder order = items.get(i).order();
            Optional<Distributor> d = distributors.find(order.distributor());
            if (d.isEmpty()) {
                out[i] = Outcome.failed(new OrderRejected(List.of(new FieldError("distributor",
                        "unknown distributor '" + order.distributor() + "'"))));
                continue;
            }
            String code = d.get().code();
            if (!keys.add(code + "|" + order.idempotencyKey())
                    || (order.poNumber() != null && !poNumbers.add(code + "|" + order.poNumber()))) {
                out[i] = Outcome.AGAIN;
                continue;
            }
            claims.add(new Claimed(i, d.get(), new IntakeRows.Claim(code, order.idempotencyKey(),
                    RequestFingerprint.of(order), RowIds.next(), now)));
        }
        return claims;
    }

    private static Set<String> skus(List<Item> items) {
        Set<String> skus = new TreeSet<>();
        for (Item item : items) {
            if (item.order().lines() != null) {
                item.order().lines().stream().filter(Objects::nonNull).map(SubmitLine::sku)
                        .filter(s -> s != null && !s.isBlank() && OrderValidation.skuShaped(s)).forEach(skus::add);
            }
        }
        return skus;
    }

    /** The order as it will be written, with its lines and their prices (a price unlike the contract is flagged). */
    private PurchaseOrderEntity draft(SubmitOrder order, Claimed c, Map<String, Product> products, Instant now,
            LocalDate today) {
        PurchaseOrderEntity po = new PurchaseOrderEntity();
        po.id = c.claim().orderId();
        po.distributor = c.distributor().code();
        po.poNumber = order.poNumber();
        po.shipTo = order.shipTo();
        po.currency = order.currency();
        po.channel = order.channel();
        po.status = OrderStatus.RECEIVED;
        po.note = order.note() == null ? "" : order.note();
        po.createdBy = order.submittedBy();
        po.createdAt = now;
        po.updatedAt = now;
        Map<String, Money> prices = pricing.pricesFor(order.lines().stream().map(l -> products.get(l.sku()))
                .distinct().toList(), new DistributorCode(po.distributor), c.distributor().tier(), today);
        for (SubmitLine in : order.lines()) {
            OrderLineEntity line = new OrderLineEntity();
            line.id = RowIds.next();
            line.order = po;
            line.lineNumber = in.lineNumber();
            line.buyerLine = in.buyerLine();
            line.buyerPart = in.buyerPart();
            line.sku = in.sku();
            line.quantity = in.quantity();
            line.requestedDate = in.requestedDate();
            line.status = LineStatus.PENDING_COMMITMENT;
            line.demandRef = "order-line:" + line.id;
            Money price = prices.get(in.sku());
            line.unitPrice = in.unitPrice() == null ? price.amount() : in.unitPrice();
            if (in.unitPrice() != null && in.unitPrice().compareTo(price.amount()) != 0) {
                line.flags = "PRICE_MISMATCH";
            }
            po.lines.add(line);
        }
        return po;
    }

    /**
     * Holds for ops the lines far above their distributor's normal size, and every line of an order that takes its
     * distributor past the credit limit (the batch's distributors' open order value read in one query first).
     */
    private void holdForReview(List<PurchaseOrderEntity> drafts, Map<UUID, Claimed> byOrder) {
        if (drafts.isEmpty()) {
            return;
        }
        reviews.openValue(drafts.stream().map(po -> po.distributor).distinct().toList());
        for (PurchaseOrderEntity po : drafts) {
            BigDecimal value = BigDecimal.ZERO;
            for (OrderLineEntity line : po.lines) {
                BigDecimal lineValue = line.unitPrice.multiply(BigDecimal.valueOf(line.quantity));
                value = value.add(lineValue);
                hold(line, reviews.lineReason(po.distributor, line.sku, line.quantity, lineValue));
            }
            String credit = reviews.creditReason(byOrder.get(po.id).distributor(), value);
            for (OrderLineEntity line : po.lines) {
                hold(line, credit);
                if (line.status != LineStatus.ON_REVIEW) {
                    reviews.taken(po.distributor, line.sku, line.quantity);
                }
            }
        }
    }

    private static void hold(OrderLineEntity line, String reason) {
        if (reason != null) {
            line.status = LineStatus.ON_REVIEW;
            line.reviewReason = line.reviewReason == null ? reason : line.reviewReason + "; " + reason;
        }
    }

    /** The orders taken in, and their commitments by demand reference. */
    private record Promised(List<PurchaseOrderEntity> taken, Map<String, List<Commitment>> byDemand) {
    }

    /**
     * The valid orders: their keys, rows and lines in one statement, sent first in the round trip that locks the
     * pools of their products; then one promise for the lines of the orders it took in (its writes go with the kept
     * answers, in one round trip). A key already taken is a replay; a PO number its distributor already used is
     * answered with that order's id (and the key given back).
     */
    private Promised writeAndPromise(List<Item> items, List<PurchaseOrderEntity> drafts, Map<UUID, Claimed> byOrder,
            Map<UUID, String> warehouses, Instant now, Outcome[] out, List<IntakeRows.Claim> refused) {
        if (drafts.isEmpty()) {
            return new Promised(List.of(), Map.of());
        }
        // In key order, as every batch on every instance claims: two batches with the same keys never deadlock.
        List<PurchaseOrderEntity> ordered = drafts.stream().sorted(Comparator.comparing((PurchaseOrderEntity po) ->
                byOrder.get(po.id).claim().distributor()).thenComparing(po -> byOrder.get(po.id).claim().key()))
                .toList();
        AlongRead<IntakeRows.Written> write = rows.write(ordered, ordered.stream()
                .map(po -> byOrder.get(po.id).claim()).toList());
        Map<String, UUID> orderOf = new HashMap<>();
        drafts.forEach(po -> po.lines.forEach(l -> orderOf.put(l.demandRef, po.id)));
        List<Demand> candidates = demands(drafts, warehouses, now);
        trip.before(write);
        PromiseSession session = promises.open(candidates.stream().map(d -> d.sku()).toList());
        Map<String, List<Commitment>> byDemand = session.promise(candidates.stream()
                .filter(d -> write.result().inserted().contains(orderOf.get(d.demandRef().value()))).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.demandRef().value()));
        IntakeRows.Written written = write.result();
        List<PurchaseOrderEntity> taken = new ArrayList<>();
        List<PurchaseOrderEntity> used = new ArrayList<>();
        for (PurchaseOrderEntity po : drafts) {
            Claimed c = byOrder.get(po.id);
            if (!written.claimed().contains(po.id)) {
                out[c.index()] = replay(items.get(c.index()), c.claim());
            } else {
                (written.inserted().contains(po.id) ? taken : used).add(po);
            }
        }
        if (!used.isEmpty()) {
            Map<String, UUID> existing = rows.existing(used);
            for (PurchaseOrderEntity po : used) {
                Claimed c = byOrder.get(po.id);
                out[c.index()] = Outcome.failed(new DuplicatePoNumber(po.poNumber,
                        existing.get(po.distributor + "|" + po.poNumber)));
                refused.add(c.claim());
            }
        }
        return new Promised(taken, byDemand);
    }

    /**
     * The invalid orders: their keys are claimed first, so that the retry of an order taken in earlier (valid then)
     * still gets the first answer; a key claimed now is given back with the rejection.
     */
    private void refuse(List<Item> items, Map<Claimed, List<FieldError>> invalid, Outcome[] out,
            List<IntakeRows.Claim> refused) {
        if (invalid.isEmpty()) {
            return;
        }
        Set<String> claimed = rows.claim(invalid.keySet().stream().map(Claimed::claim).toList());
        invalid.forEach((c, errors) -> {
            if (claimed.contains(c.claim().distributor() + "|" + c.claim().key())) {
                out[c.index()] = Outcome.failed(new OrderRejected(errors));
                refused.add(c.claim());
            } else {
                out[c.index()] = replay(items.get(c.index()), c.claim());
            }
        });
    }

    private static List<Demand> demands(List<PurchaseOrderEntity> orders, Map<UUID, String> warehouses, Instant now) {
        List<Demand> demands = new ArrayList<>();
        for (PurchaseOrderEntity po : orders) {
            for (OrderLineEntity line : po.lines) {
                if (line.status == LineStatus.ON_REVIEW) {
                    continue;
                }
                demands.add(new Demand(new DemandRef(line.demandRef), new DistributorCode(po.distributor),
                        new Sku(line.sku), line.quantity, line.requestedDate,
                        po.shipTo, warehouses.get(po.id), now));
            }
        }
        return demands;
    }

    /** The same key again: the first order if the body is the same, else the key was reused. */
    private Outcome replay(Item item, IntakeRows.Claim claim) {
        Object[] first = (Object[]) em.createNativeQuery(
                "select request_hash, order_id from orders.idempotency_key where distributor = ?1 and key = ?2")
                .setParameter(1, claim.distributor()).setParameter(2, claim.key()).getSingleResult();
        if (!claim.fingerprint().equals(first[0])) {
            return Outcome.failed(new IdempotencyKeyReused(claim.key()));
        }
        PurchaseOrderEntity po = em.find(PurchaseOrderEntity.class, first[1]);
        return Outcome.of(item.answer().apply(new Submission(reading.view(po), true)));
    }
}
