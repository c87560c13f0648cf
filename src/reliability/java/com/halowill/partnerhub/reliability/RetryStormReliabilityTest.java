package com.halowill.partnerhub.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An ERP that retries every call ten times at once: 100 idempotency keys, each sent by ten threads released
 * together by a barrier, make exactly 100 orders, and the ten answers of each key are the same bytes.
 */
@QuarkusTest
@Tag("e2e")
class RetryStormReliabilityTest {

    private static final int RETRIES = 10;

    @TestHTTPResource("/api/v1/purchase-orders")
    URL orders;
    @Inject
    PrivateSupply supply;
    @Inject
    EntityManager em;

    @Test
    void a_hundred_keys_retried_ten_times_at_once_make_a_hundred_orders_with_identical_answers() throws Exception {
        PrivateSupply.World w = supply.product("RS", 1, Map.of(1, 1_000_000), 1_000_000);
        Erp erp = new Erp(Tokens.erp("casc"));
        String prefix = "RS-" + UUID.randomUUID().toString().substring(0, 8);
        int keys = 100;
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES * 10);
        try {
            for (int round = 0; round < keys / 10; round++) {
                CyclicBarrier barrier = new CyclicBarrier(RETRIES * 10);
                List<List<Future<Erp.Answer>>> answers = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    String po = prefix + "-" + (round * 10 + k);
                    String key = UUID.randomUUID().toString();
                    String body = Erp.order(po, "CASC-SEA", w.sku(), 3, 10, PrivateSupply.friday(2));
                    List<Future<Erp.Answer>> same = new ArrayList<>();
                    for (int r = 0; r < RETRIES; r++) {
                        same.add(pool.submit(() -> {
                            barrier.await();
                            return erp.post(orders.toString(), key, body);
                        }));
                    }
                    answers.add(same);
                }
                for (List<Future<Erp.Answer>> same : answers) {
                    Erp.Answer first = same.get(0).get();
                    assertEquals(201, first.status(), first.body());
                    Set<String> bodies = new HashSet<>();
                    for (Future<Erp.Answer> f : same) {
                        Erp.Answer a = f.get();
                        assertEquals(201, a.status(), a.body());
                        bodies.add(a.body());
                    }
                    assertEquals(1, bodies.size(), "ten retries of one key answered differently: " + bodies);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long made = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from orders.purchase_order where po_number like :p")
                .setParameter("p", prefix + "-%").getSingleResult()).longValue());
        assertEquals(keys, made);
        long lines = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from orders.order_line l join orders.purchase_order o on o.id = l.order_id"
                        + " where o.po_number like :p").setParameter("p", prefix + "-%").getSingleResult())
                .longValue());
        assertEquals(keys * 3L, lines);
    }
}
