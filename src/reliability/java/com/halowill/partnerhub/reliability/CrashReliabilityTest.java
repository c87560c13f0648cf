package com.halowill.partnerhub.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.AppProcess;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The app killed with {@code kill -9} in the middle of a load of purchase orders: after a restart every order
 * that was answered 201 is there and whole, nothing is half-written, and retrying the unanswered ones with
 * their keys makes each exactly once.
 */
@QuarkusTest
@Tag("e2e")
class CrashReliabilityTest {

    private static final int LINES = 5;

    @Inject
    PrivateSupply supply;
    @Inject
    EntityManager em;

    @Test
    void orders_answered_201_survive_a_kill_9_whole_and_the_rest_are_made_once_on_retry() throws Exception {
        PrivateSupply.World w = supply.product("KL", 1, Map.of(1, 10_000_000), 10_000_000);
        int total = Scale.of(300, 1000);
        String prefix = "KL-" + UUID.randomUUID().toString().substring(0, 8);
        Erp erp = new Erp(Tokens.erp("prdc"));
        Map<Integer, String> keys = new ConcurrentHashMap<>();
        Map<Integer, String> created = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        try (AppProcess app = AppProcess.start(AppProcess.testDatabase())) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            for (int i = 0; i < total; i++) {
                int n = i;
                pool.submit(() -> {
                    String key = UUID.randomUUID().toString();
                    keys.put(n, key);
                    try {
                        Erp.Answer a = erp.post(app.url() + "/api/v1/purchase-orders", key, body(prefix, n, w));
                        if (a.status() == 201) {
                            created.put(n, a.body());
                            answered.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException killed) {
                        // no answer: the ERP will retry with the same key
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (answered.get() < total / 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            app.killHard();
            pool.shutdown();
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
            assertTrue(created.size() < total, "the kill came after every order was answered");

            assertEveryStoredOrderIsWhole(prefix);
            app.restart();
            for (Map.Entry<Integer, String> e : created.entrySet()) {
                String id = e.getValue().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
                Erp.Answer a = erp.get(app.url() + "/api/v1/purchase-orders/" + id);
                assertEquals(200, a.status(), "order answered 201 before the kill is gone: " + id);
                assertEquals(LINES, a.body().split("\"lineNumber\"").length - 1, a.body());
            }
            for (int i = 0; i < total; i++) {
                if (!created.containsKey(i)) {
                    Erp.Answer a = erp.post(app.url() + "/api/v1/purchase-orders", keys.get(i), body(prefix, i, w));
                    assertEquals(201, a.status(), a.body());
                }
            }
            assertEveryStoredOrderIsWhole(prefix);
            assertEquals(total, count("select count(*) from orders.purchase_order where po_number like :p", prefix));
        }
    }

    private static String body(String prefix, int n, PrivateSupply.World w) {
        return Erp.order(prefix + "-" + n, "PRDC-DSM", w.sku(), LINES, 10, PrivateSupply.friday(2));
    }

    /** Every stored order has all its lines, and every line holds exactly its quantity of supply. */
    private void assertEveryStoredOrderIsWhole(String prefix) {
        assertEquals(0, count("select count(*) from orders.purchase_order o where o.po_number like :p and "
                + LINES + " <> (select count(*) from orders.order_line l where l.order_id = o.id)", prefix),
                "an order is stored without all its lines");
        assertEquals(0, count("select count(*) from orders.order_line l join orders.purchase_order o"
                + " on o.id = l.order_id where o.po_number like :p and l.quantity <> (select coalesce(sum(a.units), 0)"
                + " from commitments.commitment c join commitments.allocation a on a.commitment_id = c.id"
                + " where c.demand_ref = l.demand_ref)", prefix),
                "a line is stored without the supply it was promised");
    }

    private long count(String sql, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("p", prefix + "-%").getSingleResult()).longValue());
    }
}
