package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.as;
import static com.halowill.partnerhub.app.api.PurchaseOrders.line;
import static com.halowill.partnerhub.app.api.PurchaseOrders.order;
import static com.halowill.partnerhub.app.api.PurchaseOrders.uniquePo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OpenBusiness;
import com.halowill.partnerhub.orders.OrderChanges;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderReviews;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Orders far above normal or past the credit limit hold nothing at intake and wait for ops: visible in the API with
 * the reason, released once (then promised like new demand), rejected with a note, or cancelled by the partner.
 */
@QuarkusTest
class OrderReviewTest {

    @Inject
    PrivateSupply supply;
    @Inject
    OrderReviews reviews;
    @Inject
    Orders orders;
    @Inject
    Promises promises;
    @Inject
    OrderIntake intake;
    @Inject
    OrderChanges changes;
    @Inject
    Distributors distributors;
    @Inject
    OpenBusiness business;
    @Inject
    MovableClock clock;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "partnerhub.review.usual-factor")
    int usualFactor;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String place(String erp, String shipTo, int quantity, PrivateSupply.World w, int week) {
        return as(Tokens.erp(erp)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(uniquePo("REV"), shipTo, List.of(line(1, w.sku(), quantity, PrivateSupply.friday(week)))))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
    }

    private OrderLine first(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId)).orElseThrow())
                .lines().get(0);
    }

    @Test
    void a_typo_of_a_million_units_holds_nothing_and_waits_while_others_are_promised() {
        PrivateSupply.World w = supply.product("TYPO", 1, Map.of(2, 1000), 100_000);
        int[] before = supply.chipTotals(w);
        String typo = place("casc", "CASC-SEA", 1_000_000, w, 2);

        as(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + typo).then().statusCode(200)
                .body("status", equalTo("RECEIVED"), "lines[0].status", equalTo("ON_REVIEW"),
                        "lines[0].commitments.size()", equalTo(0),
                        "lines[0].review", containsString("a line may have without review"));
        as(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + typo + "/acknowledgment").then().statusCode(200)
                .body("lines[0].answer", equalTo("PENDING"));
        assertArrayEquals(before, supply.chipTotals(w), "the held line holds no chip");
        assertTrue(reviews.waiting().stream().anyMatch(l -> l.orderId().toString().equals(typo)
                && l.reason().contains("line value")), "ops see it waiting, with why");

        String other = place("mapl", "MAPL-MTL", 600, w, 2);
        assertEquals(LineStatus.PENDING_COMMITMENT, first(other).status());
        assertEquals(600, first(other).commitments().stream().filter(c -> c.shipDate() != null)
                .mapToInt(c -> c.quantity()).sum(), "another distributor gets the supply the typo did not take");

        assertEquals(1, reviews.reject(OrderId.parse(typo), "did you mean 1,000?", "ops-planner"));
        as(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + typo).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"), "lines[0].status", equalTo("REJECTED"));
        assertEquals(0, reviews.reject(OrderId.parse(typo), "again", "ops-planner"), "rejected once");
    }

    @Test
    void a_threshold_per_distributor_and_product_decides_and_a_release_promises_once() throws Exception {
        PrivateSupply.World w = supply.product("THRS", 1, Map.of(2, 2000), 100_000);
        reviews.setThreshold(new DistributorCode("CASC"), new Sku(w.sku()), 200, "ops-admin");
        String within = place("casc", "CASC-SEA", 200, w, 2);
        String above = place("casc", "CASC-SEA", 300, w, 2);
        String otherDistributor = place("nwos", "NWOS-ASH", 300, w, 2);
        assertEquals(LineStatus.PENDING_COMMITMENT, first(within).status());
        assertEquals(LineStatus.PENDING_COMMITMENT, first(otherDistributor).status());
        OrderLine held = first(above);
        assertEquals(LineStatus.ON_REVIEW, held.status());
        assertTrue(held.review().contains("above the 200 that CASC orders of " + w.sku()), held.review());
        as(Tokens.erp("casc")).body(Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 100))))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/purchase-orders/" + above + "/change-requests").then().statusCode(400)
                .body("errors[0].message", containsString("held for HaloWill's review"));

        int[] chipsBefore = supply.chipTotals(w);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> released = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            released.add(pool.submit(() -> {
                together.await();
                return reviews.release(OrderId.parse(above), "ops-planner");
            }));
        }
        int total = 0;
        for (Future<Integer> f : released) {
            total += f.get();
        }
        pool.shutdown();
        assertEquals(1, total, "two clicks on release release the line once");
        OrderLine after = first(above);
        assertEquals(LineStatus.PENDING_COMMITMENT, after.status());
        List<Commitment> made = promises.forDemands(List.of(after.demandRef()));
        assertEquals(1, made.size(), "one proposal, not two");
        assertEquals(300, made.get(0).quantity());
        assertEquals(chipsBefore[1] + 300, supply.chipTotals(w)[1], "the released line now holds its supply");

        reviews.setThreshold(new DistributorCode("CASC"), new Sku(w.sku()), 0, "ops-admin");
        assertTrue(reviews.thresholds().stream().noneMatch(t -> t.sku().value().equals(w.sku())), "0 removes it");
        assertEquals(LineStatus.PENDING_COMMITMENT, first(place("casc", "CASC-SEA", 300, w, 2)).status());
    }

    @Test
    void without_a_threshold_a_line_far_above_what_the_distributor_normally_orders_waits() {
        int f = usualFactor;
        PrivateSupply.World w = supply.product("USUAL", 1, Map.of(2, 20_000), 100_000);
        String code = distributor(new BigDecimal("10000000000.00"));
        for (int quantity : new int[] {12, 15, 9}) {
            assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, w, quantity).lines().get(0).status());
        }
        int[] before = supply.chipTotals(w);
        OrderLine far = submit(code, w, 15 * f + 1).lines().get(0);
        assertEquals(LineStatus.ON_REVIEW, far.status(), "more than " + f + " times the largest line, 15");
        assertTrue(far.review().contains("more than " + f + " times the largest line (15) " + code + " ordered of "
                + w.sku()), far.review());
        assertArrayEquals(before, supply.chipTotals(w), "the held line holds no chip");
        assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, w, 15 * f).lines().get(0).status(),
                "within " + f + " times its largest line");
        assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, w, 15 * f * 2).lines().get(0).status(),
                "the line just taken in is part of what it normally orders now");

        PrivateSupply.World small = supply.product("SMALL", 1, Map.of(2, 1000), 100_000);
        submit(code, small, 1);
        assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, small, f + 1).lines().get(0).status(),
                "more than " + f + " times a one-unit line, but a small line (below USD 100,000): it does not wait");
    }

    @Test
    void an_order_past_the_credit_limit_waits_and_cancelling_it_closes_it() {
        PrivateSupply.World w = supply.product("CRDT", 1, Map.of(2, 5000), 100_000);
        String code = distributor(new BigDecimal("50000.00"));
        PurchaseOrder firstOrder = submit(code, w, 300);
        assertEquals(LineStatus.PENDING_COMMITMENT, firstOrder.lines().get(0).status());
        BigDecimal open = firstOrder.lines().get(0).unitPrice().multiply(BigDecimal.valueOf(300));
        int fits = new BigDecimal("50000").subtract(open).divide(firstOrder.lines().get(0).unitPrice(),
                java.math.RoundingMode.DOWN).intValue();
        PurchaseOrder past = submit(code, w, fits + 1);
        assertEquals(LineStatus.ON_REVIEW, past.lines().get(0).status());
        String why = past.lines().get(0).review();
        assertTrue(why.contains("credit limit of USD 50,000.00"), why);
        assertEquals(OrderStatus.RECEIVED, past.status());
        assertNull(firstOrder.lines().get(0).review());
        assertEquals(2, business.summary(new DistributorCode(code)).pendingLines(),
                "the partner's dashboard counts the held line as waiting");

        PurchaseOrder cancelled = changes.cancel(past.id(), new DistributorCode(code),
                "buyer").orElseThrow();
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(LineStatus.CANCELLED, cancelled.lines().get(0).status());
        assertTrue(reviews.waiting().stream().noneMatch(l -> l.orderId().equals(past.id())));
        assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, w, fits).lines().get(0).status(),
                "a cancelled order no longer counts against the limit");
    }

    @Test
    void an_order_closed_elsewhere_stops_counting_against_the_limit_once_the_business_clock_passes_the_reread_age() {
        PrivateSupply.World w = supply.product("CRDC", 1, Map.of(2, 5000), 100_000);
        String code = distributor(new BigDecimal("50000.00"));
        Instant start = Instant.now();
        clock.set(start);
        PurchaseOrder first = submit(code, w, 300);
        assertEquals(LineStatus.PENDING_COMMITMENT, first.lines().get(0).status());
        BigDecimal price = first.lines().get(0).unitPrice();
        int fits = new BigDecimal("50000").subtract(price.multiply(BigDecimal.valueOf(300))).divide(price,
                java.math.RoundingMode.DOWN).intValue();
        // Closed underneath this instance (as another instance or ops' SQL would): counted until the value is read again.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update orders.order_line set status = 'CANCELLED' where order_id = cast(?1 as uuid)")
                .setParameter(1, first.id().toString()).executeUpdate());

        clock.set(start.plusSeconds(6));
        assertEquals(LineStatus.PENDING_COMMITMENT, submit(code, w, fits + 1).lines().get(0).status(),
                "six seconds later on the business clock (the replay's, which stands still while it works) the open"
                        + " value is read again, without the closed order");
    }

    /** A distributor of the test's own, with a ship-to {@code CODE-1} and the credit limit given. */
    private String distributor(BigDecimal creditLimit) {
        String code = "TC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> {
            distributors.save(new Distributor(code, "Review test " + code, "silver", "US", "USD", "NET30", "FCA",
                    creditLimit, null));
            distributors.saveShipTo(new ShipTo(code + "-1", new DistributorCode(code), "Dock", "1 Main St", "Austin",
                    "TX", "78701", "US", "FRE-HUB"));
        });
        return code;
    }

    private PurchaseOrder submit(String code, PrivateSupply.World w, int quantity) {
        return intake.submit(new SubmitOrder(new DistributorCode(code), UUID.randomUUID().toString(), Channel.API,
                uniquePo("CRD"),
                code + "-1", "USD", List.of(new SubmitLine(1, w.sku(), quantity, PrivateSupply.friday(2), null)), null,
                "buyer")).order();
    }
}
