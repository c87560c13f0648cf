package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ControlNumbers;
import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.MalformedInterchange;
import com.halowill.partnerhub.api.edi.syntax.OrderPartners;
import com.halowill.partnerhub.api.edi.syntax.Party;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import com.halowill.partnerhub.api.edi.syntax.X12ControlNumbers;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PlanningSchedule;
import com.halowill.partnerhub.orders.PlanningSchedules;
import com.halowill.partnerhub.orders.SubmitOrder;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes an X12 interchange of 850s, 860s and 830s: every purchase order that reads cleanly goes through the same intake as
 * the JSON API (channel EDI, idempotent on the interchange control number plus the PO number), every purchase order
 * change becomes a change request exactly as the API's (idempotent on the interchange control number, the PO number and
 * the ST02); the answer is the 997 that accepts each transaction or rejects it with the segment and element of every
 * error. How each change came out is the 865 of its change request. Every planning schedule is kept as the
 * distributor's (idempotent on the interchange, group and transaction control numbers).
 */
@ApplicationScoped
public class X12Intake {

    /** An interchange that could not be answered with a 997: unreadable, or with a broken envelope. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * An interchange refused whole and answered with a TA1 (TA104 R), nothing ordered: its sender is not the caller's
     * trading partner (403, TA105 006), or its envelope is broken and its ISA asked for a TA1 (400: TA105 001/021 for
     * the IEA, the code of the ISA element for an invalid ISA, such as 014 for its date).
     */
    public static final class RefusedWithTa1 extends Exception {
        private final int status;
        private final String interchangeAcknowledgment;

        RefusedWithTa1(int status, String message, String interchangeAcknowledgment) {
            super(message);
            this.status = status;
            this.interchangeAcknowledgment = interchangeAcknowledgment;
        }

        /** The HTTP status of the answer. */
        public int status() {
            return status;
        }

        /** The TA1 interchange. */
        public String interchangeAcknowledgment() {
            return interchangeAcknowledgment;
        }
    }

    /** The caller's allowance of orders: takes as many as the interchange carries, or throws and nothing is taken. */
    @FunctionalInterface
    public interface OrderAllowance {
        void take(int orders);
    }

    private final OrderIntake intake;
    private final Distributors distributors;
    private final X12ControlNumbers numbers;
    private final OrderPartners partners;
    private final X12Profiles profiles;
    private final Orders orders;
    private final ChangeRequests changes;
    private final PlanningSchedules schedules;
    private final Catalog catalog;
    private final Clock clock;

    X12Intake(OrderIntake intake, Distributors distributors, X12ControlNumbers numbers, OrderPartners partners,
            X12Profiles profiles, Orders orders, ChangeRequests changes, PlanningSchedules schedules, Catalog catalog,
            Clock clock) {
        this.schedules = schedules;
        this.catalog = catalog;
        this.orders = orders;
        this.changes = changes;
        this.partners = partners;
        this.profiles = profiles;
        this.intake = intake;
        this.distributors = distributors;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * Reads the interchange, submits its orders one transaction each, and answers the 997. The interchange must come
     * from the caller's ISA party when the caller has a trading-partner profile, and never from another
     * distributor's.
     */
    public String receive(byte[] body, DistributorCode distributor, String actor, OrderAllowance allowance)
            throws Refused, RefusedWithTa1 {
        Interchange interchange;
        try {
            interchange = new X12PurchaseOrders().read(body);
        } catch (MalformedInterchange e) {
            var ta1 = IsaHeader.refusal(body, e.isaElement());
            String refusal = ta1.map(r -> writable(r.getKey(), r.getValue())).orElse(null);
            if (refusal != null) {
                throw new RefusedWithTa1(400, "ISA" + String.format("%02d", e.isaElement()) + " is invalid ("
                        + e.getMessage() + "); nothing was ordered", refusal);
            }
            throw new Refused("The body is not one readable X12 interchange (" + e.reason() + "): " + e.getMessage());
        }
        if (!interchange.errors().isEmpty() && interchange.acknowledgmentRequested()) {
            throw new RefusedWithTa1(400, interchange.errors().stream().map(EnvelopeError::description)
                    .reduce((a, b) -> a + "; " + b).orElse("") + "; nothing was ordered",
                    InterchangeRefusal.write(interchange, numbers.next(), LocalDateTime.now(clock),
                            interchange.errors().get(0).code()));
        }
        if (!interchange.errors().isEmpty()) {
            throw new Refused("The interchange envelope is broken (" + interchange.errors().stream()
                    .map(EnvelopeError::description).reduce((a, b) -> a + "; " + b).orElse("") + "); nothing was"
                    + " ordered. Correct the ISA/IEA and send it again.");
        }
        ControlNumbers answer = numbers.next();
        LocalDateTime now = LocalDateTime.now(clock);
        String wrongSender = wrongSender(interchange.sender(), distributor);
        if (wrongSender != null) {
            throw new RefusedWithTa1(403, wrongSender + "; nothing was ordered.",
                    InterchangeRefusal.write(interchange, answer, now, "006"));
        }
        try {
            new FunctionalAcknowledgment(true).write(interchange, answer, now, Map.of());
        } catch (IllegalArgumentException e) {
            throw new Refused("The interchange's group or transaction headers cannot be acknowledged ("
                    + e.getMessage() + "); nothing was ordered. Correct the GS/ST headers and send it again.");
        }
        List<Map.Entry<FunctionalGroup, ReceivedTransaction>> received = new ArrayList<>();
        for (FunctionalGroup group : interchange.groups()) {
            if (group.errors().isEmpty()) {
                group.transactions().stream().filter(t -> t.content() != null)
                        .forEach(t -> received.add(Map.entry(group, t)));
            }
        }
        allowance.take(received.size());
        String currency = distributors.find(distributor).map(Distributor::currency).orElse("USD");
        Map<TransactionKey, String> raw = RawTransactions.of(new String(body,
                java.nio.charset.StandardCharsets.ISO_8859_1), interchange.delimiters());
        Map<TransactionKey, BusinessReview> reviews = new HashMap<>();
        for (Map.Entry<FunctionalGroup, ReceivedTransaction> o : received) {
            ReceivedTransaction t = o.getValue();
            reviews.put(t.key(), t.hasOrder() ? submit(interchange, o.getKey(), t.order(), distributor, currency, actor,
                    raw.get(t.key())) : t.hasChange() ? change(interchange, t, distributor, actor)
                            : keep(interchange, t, distributor, actor));
        }
        return new FunctionalAcknowledgment(true).write(interchange, answer, now, reviews);
    }

    /** The TA1 refusing an interchange whose ISA was read by position, or null when X12 cannot carry it. */
    private String writable(Interchange interchange, String noteCode) {
        try {
            return InterchangeRefusal.write(interchange, numbers.next(), LocalDateTime.now(clock), noteCode);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Why this ISA party may not order for the distributor, or null when it may. */
    private String wrongSender(Party sender, DistributorCode distributor) {
        Optional<X12Profile> owner = profiles.bySender(sender.qualifier(), sender.id());
        if (owner.isPresent() && !owner.get().distributor().equals(distributor)) {
            return "ISA sender " + sender.qualifier() + "/" + sender.id() + " is another distributor's trading partner";
        }
        if (owner.isPresent()) {
            return null;
        }
        Optional<X12Profile> mine = profiles.of(distributor);
        if (mine.isPresent()) {
            return "ISA sender " + sender.qualifier() + "/" + sender.id() + " is not " + distributor
                    + "'s trading partner (its profile names " + mine.get().isaQualifier() + "/"
                    + mine.get().isaId() + ")";
        }
        return null;
    }

    /** An error whose bad value a 997 can echo (AK404: printable, at most 99 characters), else without it. */
    private static X12Error writable(X12Error e) {
        String bad = e.badValue();
        if (bad == null || bad.matches("[ -~&&[^*~>|^:!]]{1,99}")) {
            return e;
        }
        return new X12Error(e.segmentTag(), e.segmentPosition(), e.loopId(), e.elementPosition(),
                e.componentPosition(), e.repetition(), e.elementReference(), e.code(), null, e.description());
    }

    /** An 830 kept as the distributor's planning schedule (a resent one is acknowledged again and kept once). */
    private BusinessReview keep(Interchange interchange, ReceivedTransaction t, DistributorCode distributor,
            String actor) {
        ReceivedPlanningSchedule received = t.schedule();
        List<X12Error> errors = new ArrayList<>();
        java.util.Set<Sku> skus = new java.util.HashSet<>();
        received.items().forEach(i -> Sku.of(i.sku()).ifPresent(skus::add));
        PlanningSchedule schedule = X12ScheduleMapping.schedule(received, "830 " + t.controlNumber(), distributor,
                skus.isEmpty() ? Map.of() : catalog.find(skus), clock.instant(), actor, errors);
        if (schedule == null) {
            return BusinessReview.rejected(errors.stream().map(X12Intake::writable).toList());
        }
        schedules.keep(schedule, "x12:" + interchange.controlNumber() + ":" + t.groupControlNumber() + ":"
                + t.controlNumber());
        return BusinessReview.accepted();
    }

    /** An 860 as a change request of the distributor's order named in BCH03. */
    private BusinessReview change(Interchange interchange, ReceivedTransaction t, DistributorCode distributor,
            String actor) {
        PurchaseOrderChange change = t.change();
        Optional<com.halowill.partnerhub.orders.PurchaseOrder> order = orders.list(new OrderQuery(distributor, null,
                change.poNumber(), null, 1, null)).items().stream().findFirst();
        if (order.isEmpty()) {
            return BusinessReview.rejected(List.of(writable(X12ChangeMapping.bch(change, 3, "324", change.poNumber(),
                    "you have no purchase order " + change.poNumber()))));
        }
        List<X12Error> errors = new ArrayList<>();
        X12ChangeMapping.Mapped mapped = X12ChangeMapping.lines(change, order.get(), errors);
        if (!errors.isEmpty()) {
            return BusinessReview.rejected(errors.stream().map(X12Intake::writable).toList());
        }
        String key = "x12:" + interchange.controlNumber() + ":" + change.poNumber() + ":" + t.controlNumber();
        try {
            changes.submit(order.get().id(), distributor, mapped.lines(), change.note(), actor, key);
            return BusinessReview.accepted();
        } catch (OrderRejected e) {
            return BusinessReview.rejected(e.errors().stream().map(f -> X12ChangeMapping.locate(f, change, mapped))
                    .map(X12Intake::writable).toList());
        } catch (IdempotencyKeyReused e) {
            return BusinessReview.rejected(List.of(writable(X12ChangeMapping.bch(change, 3, "324", change.poNumber(),
                    "interchange " + interchange.controlNumber() + " was already received with another change"
                            + " in transaction " + t.controlNumber()))));
        }
    }

    /** The buyer's contract number as kept and echoed (at most 80 characters, as REF02 allows in 005010). */
    private static String contract(String ref) {
        return ref == null || ref.isBlank() ? null : ref.length() > 80 ? ref.substring(0, 80) : ref;
    }

    private BusinessReview submit(Interchange interchange, FunctionalGroup group, PurchaseOrder po,
            DistributorCode distributor, String currency, String actor, String received) {
        List<X12Error> errors = new ArrayList<>();
        String key = "x12:" + interchange.controlNumber() + ":" + po.poNumber();
        SubmitOrder order = X12OrderMapping.order(po, distributor, currency, key, actor, errors);
        if (order == null) {
            return BusinessReview.rejected(errors.stream().map(X12Intake::writable).toList());
        }
        try {
            // the order and the parties its 855 and 856 go back to (with the 850 as received) commit together
            QuarkusTransaction.requiringNew().run(() -> partners.remember(intake.submit(order).order().id().value(),
                    interchange.sender(), group.applicationSender(), contract(po.contract()), received));
            return BusinessReview.accepted();
        } catch (OrderRejected e) {
            return BusinessReview.rejected(e.errors().stream().map(f -> X12OrderMapping.locate(f, po))
                    .map(X12Intake::writable).toList());
        } catch (DuplicatePoNumber e) {
            return BusinessReview.rejected(List.of(X12Error.element("BEG", Math.max(1, po.begPosition()), null, 3, 0,
                    0, "324", ElementSyntaxCode.INVALID_CODE_VALUE, po.poNumber(), e.getMessage())));
        } catch (IdempotencyKeyReused e) {
            return BusinessReview.rejected(List.of(X12Error.element("BEG", Math.max(1, po.begPosition()), null, 3, 0,
                    0, "324", ElementSyntaxCode.INVALID_CODE_VALUE, po.poNumber(), "interchange "
                            + interchange.controlNumber() + " was already received with other content for this PO")));
        }
    }
}
