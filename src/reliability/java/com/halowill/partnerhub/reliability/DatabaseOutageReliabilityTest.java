package com.halowill.partnerhub.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.AppProcess;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped for ten seconds in the middle of a load: meanwhile every call is answered 503 problem+json
 * with Retry-After, the app recovers by itself when the database is back, and no order is lost or doubled.
 * Runs on a PostgreSQL of its own (zonky's embedded server), which it stops and starts on the same data.
 */
@QuarkusTest
@Tag("e2e")
class DatabaseOutageReliabilityTest {

    private record Call(String key, String body, long at, int status, String contentType, String answer,
            boolean retryAfter) {
    }

    @Test
    void a_database_stopped_for_ten_seconds_gives_503s_then_recovers_without_losing_an_order() throws Exception {
        OwnPostgres pg = OwnPostgres.start();
        String url = pg.jdbcUrl();
        String prefix = "DB-" + UUID.randomUUID().toString().substring(0, 8);
        Erp erp = new Erp(Tokens.erp("nwos"));
        Queue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long stoppedAt;
        long restartedAt;
        try (AppProcess app = AppProcess.start(url, "-Dpartnerhub.demo-data.enabled=true")) {
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        String key = UUID.randomUUID().toString();
                        String body = Erp.order(prefix + "-" + key.substring(0, 13), "NWOS-ASH", "HW-OSFP-800G-DR8",
                                2, 10, LocalDate.now().plusWeeks(10));
                        try {
                            Erp.Answer a = erp.post(app.url() + "/api/v1/purchase-orders", key, body);
                            calls.add(new Call(key, body, System.nanoTime(), a.status(), a.contentType(), a.body(),
                                    a.retryAfter().isPresent()));
                            if (a.status() == 503) {
                                Thread.sleep(50);
                            }
                        } catch (IOException e) {
                            calls.add(new Call(key, body, System.nanoTime(), -1, "", e.toString(), false));
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(3000);
            stoppedAt = System.nanoTime();
            pg.stop();
            Thread.sleep(10_000);
            pg.restart();
            restartedAt = System.nanoTime();
            long deadline = restartedAt + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && calls.stream()
                    .noneMatch(c -> c.at() > restartedAt && c.status() == 201)) {
                Thread.sleep(100);
            }
            Thread.sleep(2000);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(1, TimeUnit.MINUTES));

            List<Call> all = new ArrayList<>(calls);
            assertTrue(all.stream().anyMatch(c -> c.at() < stoppedAt && c.status() == 201), "no order before the stop");
            assertTrue(all.stream().anyMatch(c -> c.status() == 503), "no 503 while the database was stopped");
            assertTrue(all.stream().anyMatch(c -> c.at() > restartedAt && c.status() == 201),
                    "the app did not recover by itself within 30 s of the database's restart:\n" + app.log());
            for (Call c : all) {
                assertTrue(c.status() == 201 || c.status() == 503, "unexpected answer " + c.status() + ": " + c.answer());
                if (c.status() == 503) {
                    assertTrue(c.contentType().startsWith("application/problem+json"), c.contentType());
                    assertTrue(c.answer().contains("service-unavailable") && c.retryAfter(), c.answer());
                    assertFalse(c.answer().contains("Exception"), c.answer());
                }
            }
            for (Call c : all) {
                if (c.status() == 503) {
                    Erp.Answer retry = erp.post(app.url() + "/api/v1/purchase-orders", c.key(), c.body());
                    assertEquals(201, retry.status(), retry.body());
                }
            }
            assertEquals(all.size(), pg.count("select count(*) from orders.purchase_order o where o.po_number like '"
                    + prefix + "-%' and 2 = (select count(*) from orders.order_line l where l.order_id = o.id)"),
                    "orders lost or doubled");
        } finally {
            pg.close();
        }
    }
}
