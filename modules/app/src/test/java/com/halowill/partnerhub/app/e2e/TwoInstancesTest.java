package com.halowill.partnerhub.app.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.AppInstances;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two app instances on one database, behind a real HAProxy: 64 orders released at once for the last hundred
 * units of a week are never promised a unit twice, and the pools' totals are exactly the commitments' sums.
 */
@QuarkusTest
@Tag("e2e")
class TwoInstancesTest {

    private static final String[][] ERPS = {{"nwos", "NWOS-ASH"}, {"casc", "CASC-SEA"}, {"prdc", "PRDC-DSM"},
        {"mapl", "MAPL-MTL"}};

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Orders orders;

    @Test
    void sixty_four_orders_through_two_instances_promise_the_last_hundred_units_once() throws Exception {
        assertTrue(AppInstances.haproxyInstalled(), "HAProxy is missing: apt-get install -y haproxy (.ci/run does)");
        // 400 chips at 4 a unit: exactly 100 units exist, all built in week 2.
        PrivateSupply.World w = supply.product("HA", 4, Map.of(2, 400), 1000);
        LocalDate requested = PrivateSupply.friday(2);
        try (AppInstances cluster = AppInstances.start(2)) {
            ExecutorService pool = Executors.newFixedThreadPool(64);
            CountDownLatch ready = new CountDownLatch(64);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String[] erp = ERPS[i % ERPS.length];
                String token = Tokens.erp(erp[0]);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return given().baseUri(cluster.url()).auth().oauth2(token).contentType(ContentType.JSON)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .body(Map.of("poNumber", "HA-" + UUID.randomUUID(), "shipTo", erp[1], "currency", "USD",
                                    "lines", List.of(Map.of("lineNumber", 1, "sku", w.sku(), "quantity", 10,
                                            "requestedDate", requested.toString()))))
                            .post("/api/v1/purchase-orders");
                }));
            }
            ready.await();
            go.countDown();
            Map<String, Integer> servedBy = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> f : answers) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                servedBy.merge(r.header("X-Served-By"), 1, Integer::sum);
                ids.add(r.path("id"));
            }
            pool.shutdown();
            assertEquals(2, servedBy.size(), "both instances took orders: " + servedBy);

            List<DemandRef> refs = QuarkusTransaction.requiringNew().call(() -> ids.stream()
                    .flatMap(id -> orders.find(OrderId.parse(id)).orElseThrow().lines().stream())
                    .map(OrderLine::demandRef).toList());
            List<Commitment> all = promises.forDemands(refs);
            assertEquals(64, all.size());
            int dated = all.stream().mapToInt(c -> c.acceptedQuantity() - c.backorderedQuantity()).sum();
            assertEquals(100, dated, "exactly the units that exist are promised, none twice");
            assertTrue(all.stream().allMatch(c -> c.lastShipDate() == null || !c.lastShipDate().isAfter(requested)),
                    "nothing else supplies this product");
            assertArrayEquals(new int[] {400, 400, 0, 0}, supply.chipTotals(w), "chips: supply, held, confirmed, shipped");
            assertArrayEquals(new int[] {1000, 100, 0, 0}, supply.capacityTotals(w, PrivateSupply.monday(2)));
            assertArrayEquals(new int[] {100, 0}, supply.committedUnits(w.sku()),
                    "the pool totals are exactly the sum of the commitments");

            String limited = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "erp-limited",
                    "client_secret", "erp-limited-secret")).post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract().path("access_token");
            Map<Integer, Integer> statuses = new HashMap<>();
            Map<String, Integer> instances = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                Response r = given().baseUri(cluster.url()).auth().oauth2(limited).get("/api/v1/purchase-orders");
                statuses.merge(r.statusCode(), 1, Integer::sum);
                instances.merge(r.header("X-Served-By"), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 5, 429, 3), statuses, "one limit of 5 a minute across both instances");
            assertEquals(2, instances.size());
        }
    }
}
