package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Together;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.PriceDecision;
import com.halowill.partnerhub.orders.PriceReviews;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Requests at once must never promise the same unit, create the same order twice, or lose an order's status. */
@QuarkusTest
class ConcurrentPromisesTest {

    private static final List<String[]> ERPS = List.of(new String[] {"nwos", "NWOS-ASH"},
            new String[] {"casc", "CASC-SEA"}, new String[] {"prdc", "PRDC-DSM"}, new String[] {"mapl", "MAPL-MTL"});

    @Inject
    Promises promises;
    @Inject
    PrivateSupply supply;
    @Inject
    PriceReviews prices;
    @Inject
    ChangeRequests changeRequests;

    @Test
    void ten_concurrent_retries_with_one_key_create_one_order_and_all_get_its_id() throws Exception {
        String key = UUID.randomUUID().toString();
        String po = "RACE-" + key.substring(0, 8);
        String token = Tokens.erp("mapl");
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> submit(token, key, po, "MAPL-MTL", "HW-QDD-400G-SR8", 20, LocalDate.now().plusDays(20)));
        }
        Set<String> ids = new HashSet<>(Together.run(calls));
        assertEquals(1, ids.size(), "every retry answers with the same order id");
    }

    @Test
    void twenty_orders_at_once_for_the_last_hundred_units_of_a_week_promise_each_unit_once() throws Exception {
        // 400 chips at 4 a unit: exactly 100 units can be built, all in week 2.
        PrivateSupply.World w = supply.product("LAST", 4, Map.of(2, 400), 1000);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String[] erp = ERPS.get(i % ERPS.size());
            String token = Tokens.erp(erp[0]);
            calls.add(() -> submit(token, UUID.randomUUID().toString(), "LAST-" + UUID.randomUUID(), erp[1], w.sku(),
                    10, PrivateSupply.friday(2)));
        }
        List<String> orders = Together.run(calls);
        assertEquals(20, new HashSet<>(orders).size(), "every order was taken in");

        List<Commitment> all = promises.forDemands(demandRefs(orders));
        int dated = all.stream().mapToInt(c -> c.acceptedQuantity() - c.backorderedQuantity()).sum();
        int backordered = all.stream().mapToInt(Commitment::backorderedQuantity).sum();
        assertEquals(100, dated, "exactly the hundred units that exist are promised");
        assertEquals(100, backordered, "the rest waits without a date");
        assertArrayEquals(new int[] {400, 400, 0, 0}, supply.chipTotals(w), "chips: supply, held, confirmed, shipped");
        assertArrayEquals(new int[] {1000, 100, 0, 0}, supply.capacityTotals(w, PrivateSupply.monday(2)));
        assertArrayEquals(new int[] {100, 0}, supply.committedUnits(w.sku()),
                "the pool totals equal the sum of the commitments");
    }

    @Test
    void two_planners_confirming_the_last_two_lines_of_an_order_at_once_acknowledge_it() throws Exception {
        PrivateSupply.World a = supply.product("ACK-A", 1, Map.of(1, 100_000), 100_000);
        PrivateSupply.World b = supply.product("ACK-B", 1, Map.of(1, 100_000), 100_000);
        String token = Tokens.erp("casc");
        for (int round = 0; round < 10; round++) {
            String id = twoLineOrder(token, "ACK", a, b);
            List<Commitment> pair = promises.forDemands(demandRefs(List.of(id)));
            assertEquals(2, pair.size());
            Together.run(pair.stream().<Callable<String>>map(c -> () -> promises.confirm(c.id(), "planner-" + c.sku())
                    .state().name()).toList());
            String status = given().auth().oauth2(token).get("/api/v1/purchase-orders/" + id).then().statusCode(200)
                    .extract().path("status");
            assertEquals("ACKNOWLEDGED", status, "round " + round + ": both lines are confirmed");
        }
    }

    @Test
    void a_change_request_and_a_planner_confirming_the_same_order_at_once_both_succeed() throws Exception {
        // Both lines are built from one chip on one line. The change request used to lock the order, then the pools;
        // the confirmation locks the pools, then the order. Each waited for the other's lock and PostgreSQL ended
        // one of them (a 500 for the partner or ops).
        PrivateSupply.World a = supply.product("LOCK-A", 1, Map.of(1, 100_000), 100_000);
        PrivateSupply.World b = supply.sibling(a, "LOCK-B", 1);
        String token = Tokens.erp("casc");
        for (int round = 0; round < 12; round++) {
            String id = twoLineOrder(token, "LOCK", a, b);
            List<Commitment> pair = promises.forDemands(demandRefs(List.of(id)));
            Commitment first = pair.stream().filter(c -> c.sku().value().equals(a.sku())).findFirst().orElseThrow();
            List<String> outcomes = Together.run(List.of(
                    () -> promises.confirm(first.id(), "ops-planner").state().name(),
                    () -> changeRequests.submit(OrderId.parse(id), new DistributorCode("CASC"),
                            List.of(new LineChange(2, 5, null, null)),
                            null, "casc-buyer").orElseThrow().state().name()));
            assertEquals(List.of("CONFIRMED", "ACCEPTED"), outcomes, "round " + round);
            List<Commitment> after = promises.forDemands(demandRefs(List.of(id)));
            assertEquals(Set.of(10, 5), new HashSet<>(after.stream().map(Commitment::acceptedQuantity).toList()),
                    "round " + round + ": line 2 was cut to 5");
        }
    }

    @Test
    void a_double_clicked_confirmation_with_a_price_decision_confirms_once_and_answers_both_clicks() throws Exception {
        // A line sent at another price than the contract's waits for ops' price decision. Both clicks used to decide
        // the price; the second found nothing left to decide and failed with a 500 page.
        PrivateSupply.World w = supply.product("DBLCLICK", 1, Map.of(1, 100_000), 100_000);
        String token = Tokens.erp("casc");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("poNumber", "DBL-" + UUID.randomUUID(), "shipTo", "CASC-SEA", "currency", "USD",
                        "lines", List.of(Map.of("lineNumber", 1, "sku", w.sku(), "quantity", 10, "requestedDate",
                                PrivateSupply.friday(2).toString(), "unitPrice", "1.00"))))
                .post("/api/v1/purchase-orders").then().statusCode(201).body("lines[0].flags",
                        org.hamcrest.Matchers.hasItem("PRICE_MISMATCH")).extract().path("id");
        Commitment proposal = promises.forDemands(demandRefs(List.of(id))).get(0);
        List<String> clicks = Together.run(List.<Callable<String>>of(
                () -> prices.confirm(proposal.id(), PriceDecision.CONTRACT_PRICE, "ops-planner").state().name(),
                () -> prices.confirm(proposal.id(), PriceDecision.CONTRACT_PRICE, "ops-planner").state().name()));
        assertEquals(List.of("CONFIRMED", "CONFIRMED"), clicks);
        assertEquals(1, promises.history(List.of(proposal.demandRef())).stream()
                .filter(h -> h.action().equals("CONFIRMED")).count(), "confirmed once");
        given().auth().oauth2(token).get("/api/v1/purchase-orders/" + id).then().statusCode(200)
                .body("lines[0].flags", org.hamcrest.Matchers.empty());
    }

    /** CASC's order of 10 of each product, the first line a's, the second b's; its id. */
    private static String twoLineOrder(String token, String prefix, PrivateSupply.World a, PrivateSupply.World b) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("poNumber", prefix + "-" + UUID.randomUUID(), "shipTo", "CASC-SEA", "currency", "USD",
                        "lines", List.of(line(1, a.sku()), line(2, b.sku()))))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> line(int n, String sku) {
        return Map.of("lineNumber", n, "sku", sku, "quantity", 10, "requestedDate",
                PrivateSupply.friday(2).toString());
    }

    private static List<DemandRef> demandRefs(List<String> orderIds) {
        return orderIds.stream().flatMap(id -> OrderLines.demandRefs(id).stream()).toList();
    }
}
