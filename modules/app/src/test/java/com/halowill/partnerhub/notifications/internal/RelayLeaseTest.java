package com.halowill.partnerhub.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two relays (two instances of the app) against one slow partner endpoint: a batch that takes longer than the lease
 * never has its deliveries sent twice, and an outcome that arrives after another attempt was recorded never moves a
 * delivery back. The relays run on a clock ten days ahead, so the app's own scheduled relay never sees these
 * deliveries.
 */
@QuarkusTest
class RelayLeaseTest {

    private static final Duration AHEAD = Duration.ofDays(10);
    /** The application's own key: a test relay, like another instance, opens the secrets the application sealed. */
    static final String KEY = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("partnerhub.webhooks.secret-key", String.class);

    @Inject
    EntityManager em;

    /**
     * The relay's settings with a short lease: one post may take up to 2 s, the lease is 5 s (3 s asked, raised to the
     * longest send of any kind, a drop folder's 4 s, and a second).
     */
    static WebhookConfig config(EndpointAddresses.Mode mode) {
        return new WebhookConfig() {
            public boolean allowHttp() {
                return true;
            }

            public EndpointAddresses.Mode addresses() {
                return mode;
            }

            public Duration backoff() {
                return Duration.ofMillis(200);
            }

            public Duration maxBackoff() {
                return Duration.ofHours(1);
            }

            public int maxAttempts() {
                return 15;
            }

            public int batch() {
                return 10;
            }

            public Duration timeout() {
                return Duration.ofSeconds(1);
            }

            public Duration lease() {
                return Duration.ofSeconds(3);
            }

            public int maxEndpoints() {
                return 10;
            }

            public String relayEvery() {
                return "1s";
            }

            public java.util.Optional<String> secretKey() {
                return java.util.Optional.of(KEY);
            }

            public Duration secretOverlap() {
                return Duration.ofHours(24);
            }
        };
    }

    private Relay relay() {
        return relay(em, EndpointAddresses.Mode.LOOPBACK);
    }

    /** A relay (another instance) whose clock is ten days ahead, sending what {@link #deliveries} made due. */
    static Relay relay(EntityManager em, EndpointAddresses.Mode mode) {
        return relay(em, mode, new EndpointAddresses(mode));
    }

    /** A relay like {@link #relay(EntityManager, EndpointAddresses.Mode)} that checks addresses as it is told. */
    static Relay relay(EntityManager em, EndpointAddresses.Mode mode, EndpointAddresses addresses) {
        return new Relay(em, config(mode), Clock.offset(Clock.systemUTC(), AHEAD), new SecretBox(KEY),
                new SftpDrop(config(mode)), new WebhookPost(io.quarkus.arc.Arc.container()
                        .instance(io.vertx.core.Vertx.class).get(), config(mode).timeout()), addresses);
    }

    @Test
    void a_batch_longer_than_the_lease_is_never_sent_twice_by_two_instances() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer partner = server(exchange -> {
            sleep(700);
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("X-PartnerHub-Delivery"),
                    k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<UUID> ids = deliveries(partner, 10);
            Relay one = relay();
            Relay two = relay();
            CyclicBarrier together = new CyclicBarrier(2);
            long until = System.nanoTime() + Duration.ofSeconds(12).toNanos();
            List<Future<?>> runs = new ArrayList<>();
            for (Relay r : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    together.await();
                    while (System.nanoTime() < until && pending(ids) > 0) {
                        r.run();
                        Thread.sleep(100);
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertEquals(0, pending(ids), "every delivery was sent in the end");
            assertEquals(ids.size(), received.size(), "the partner got every delivery");
            received.forEach((id, n) -> assertEquals(1, n.get(), "delivery " + id + " was sent " + n + " times: an "
                    + "instance kept sending after its lease ran out and another sent it again"));
        } finally {
            pool.shutdownNow();
            partner.stop(0);
        }
    }

    @Test
    void a_burst_of_deliveries_answered_at_once_is_posted_once_each_and_recorded_delivered() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer partner = server(exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("X-PartnerHub-Delivery"),
                    k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        try {
            List<UUID> ids = deliveries(partner, 400);
            Relay relay = relay();
            for (int run = 0; run < 100 && pending(ids) > 0; run++) {
                relay.run();
            }
            assertEquals(0, pending(ids), "every delivery recorded delivered");
            assertEquals(ids.size(), received.size());
            received.forEach((id, n) -> assertEquals(1, n.get(), "delivery " + id + " was posted " + n + " times: "
                    + "an answer the partner gave was taken for a failed send"));
        } finally {
            partner.stop(0);
        }
    }

    @Test
    void an_outcome_recorded_after_another_attempt_never_moves_the_delivery_back() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer partner = server(exchange -> {
            arrived.countDown();
            await(answer);
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            UUID id = deliveries(partner, 1).get(0);
            Future<?> sending = pool.submit(() -> relay().run());
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the relay sent the delivery");
            // Meanwhile another instance's attempt is recorded: delivered.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update notifications.delivery set status = 'DELIVERED', attempts = attempts + 1,
                    delivered_at = now() where id = ?1""").setParameter(1, id).executeUpdate());
            Object[] before = state(id);
            answer.countDown();
            sending.get(10, TimeUnit.SECONDS);
            assertEquals(java.util.Arrays.asList(before), java.util.Arrays.asList(state(id)), "the late failure changed nothing: still "
                    + before[0] + " after " + before[1] + " attempts");
            assertEquals("DELIVERED", before[0]);
        } finally {
            answer.countDown();
            pool.shutdownNow();
            partner.stop(0);
        }
    }

    static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    /** An endpoint at the partner's server and {@code n} deliveries to it, due on the relays' clock only. */
    private List<UUID> deliveries(HttpServer partner, int n) {
        return deliveries(em, "http://127.0.0.1:" + partner.getAddress().getPort() + "/hooks", n);
    }

    /** An endpoint at this URL and {@code n} deliveries to it, due on the relays' clock only. */
    static List<UUID> deliveries(EntityManager em, String url, int n) {
        UUID endpoint = UUID.randomUUID();
        Timestamp due = Timestamp.from(Instant.now().plus(AHEAD).minusSeconds(1));
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into notifications.endpoint (id, distributor, url, events, secret, created_at, created_by)
                    values (?1, 'PRDC', ?2, 'order.acknowledged', 'whsec_test', now(), 'test')""")
                    .setParameter(1, endpoint).setParameter(2, url).executeUpdate();
            for (int i = 0; i < n; i++) {
                long event = ((Number) em.createNativeQuery("""
                        insert into notifications.outbox_event (distributor, type, payload, created_at)
                        values ('PRDC', 'order.acknowledged', '{}', now()) returning id""").getSingleResult())
                        .longValue();
                UUID id = UUID.randomUUID();
                em.createNativeQuery("""
                        insert into notifications.delivery (id, event_id, endpoint_id, status, next_attempt_at,
                            created_at) values (?1, ?2, ?3, 'PENDING', ?4, now())""").setParameter(1, id)
                        .setParameter(2, event).setParameter(3, endpoint).setParameter(4, due).executeUpdate();
                ids.add(id);
            }
        });
        return ids;
    }

    private int pending(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from notifications.delivery where id = any(cast(?1 as uuid[])) and status = 'PENDING'""")
                .setParameter(1, ids.toArray(UUID[]::new)).getSingleResult()).intValue());
    }

    Object[] state(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select status, attempts, next_attempt_at from notifications.delivery where id = ?1""")
                    .setParameter(1, id).getSingleResult();
            return new Object[] {r[0], ((Number) r[1]).intValue(), r[2].toString()};
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
