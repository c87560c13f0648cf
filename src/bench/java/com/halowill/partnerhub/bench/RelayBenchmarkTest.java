package com.halowill.partnerhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the webhook relay delivers a burst (src/bench/relay-bench.sh): N deliveries of a commitment.changed-sized
 * body, due at once, to one endpoint on loopback, sent by the application's own scheduled relay (claim with a lease,
 * check the address, post, record each outcome); beside it, in the same run, the floor: the same N posts made one
 * after another by a bare JDK HTTP client over one kept connection, with no database. Nothing here asserts a time;
 * the results go to docs/performance.md.
 */
@QuarkusTest
@Tag("bench")
class RelayBenchmarkTest {

    static final int DELIVERIES = Integer.getInteger("partnerhub.bench.deliveries", 2000);
    static final int ROUNDS = 3;
    static final String BODY = "{\"type\":\"commitment.changed\",\"orderId\":\"" + UUID.randomUUID()
            + "\",\"poNumber\":\"PRDC-BENCH-0001\",\"lineNumber\":1,\"sku\":\"HW-OSFP-800G-DR8\",\"status\":\"CONFIRMED\","
            + "\"reasonCode\":\"SUPPLY_CHANGE\",\"reason\":\"EML-100G chips short in the week of 2027-02-08\","
            + "\"before\":[{\"quantity\":400,\"shipDate\":\"2027-02-19\"}],"
            + "\"after\":[{\"quantity\":400,\"shipDate\":\"2027-03-19\"}]}";

    @Inject
    EntityManager em;

    @Test
    void relay_delivery_rate() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hooks", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        endpoint.setExecutor(Executors.newFixedThreadPool(4));
        endpoint.start();
        String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hooks";
        List<Double> relay = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                floor.add(floor(url, received));
                relay.add(relay(url, received));
            }
        } finally {
            endpoint.stop(0);
        }
        double r = median(relay);
        double f = median(floor);
        String md = String.format(Locale.ROOT, """
                ### Webhook relay: a burst of %,d deliveries to one endpoint

                `src/bench/relay-bench.sh` (%d rounds, median; the endpoint is a loopback HTTP server answering 204, so \
                TLS is not in the figure). The relay is the application's own, on its schedule; the floor is the same \
                posts from one bare JDK client over one kept connection, without the outbox.

                | | deliveries/s (median) | rounds |
                |---|---|---|
                | relay (claim 20 with a lease, check the address, post, record each) | %.0f | %s |
                | floor: the same posts, one client, no database | %.0f | %s |

                The relay delivers at %.2f of the floor: per delivery it adds the address check and the outcome's own \
                transaction, and per batch the claim.

                """, DELIVERIES, ROUNDS, r, list(relay), f, list(floor), r / f);
        PromiseBenchmarkTest.write(Path.of(System.getProperty("partnerhub.bench.report",
                "target/performance-relay.md")), "relay-bench", md);
        System.out.println(md);
    }

    /** The same posts one after another from one client: posts per second. */
    private static double floor(String url, AtomicInteger received) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int before = received.get();
        long began = System.nanoTime();
        for (int i = 0; i < DELIVERIES; i++) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("X-PartnerHub-Delivery", UUID.randomUUID()
                            .toString()).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(204, r.statusCode());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertEquals(DELIVERIES, received.get() - before);
        return DELIVERIES / seconds;
    }

    /** N deliveries due now for one new endpoint, delivered by the application's relay: deliveries per second. */
    private double relay(String url, AtomicInteger received) throws Exception {
        UUID endpointId = UUID.randomUUID();
        int before = received.get();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into notifications.endpoint (id, distributor, url, events, secret, created_at, created_by)
                    values (?1, 'PRDC', ?2, 'commitment.changed', 'whsec_bench', now(), 'bench')""")
                    .setParameter(1, endpointId).setParameter(2, url).executeUpdate();
            em.createNativeQuery("""
                    with e as (insert into notifications.outbox_event (distributor, type, payload, created_at)
                               select 'PRDC', 'commitment.changed', ?2, now() from generate_series(1, ?3) returning id)
                    insert into notifications.delivery (id, event_id, endpoint_id, status, next_attempt_at, created_at)
                    select gen_random_uuid(), e.id, ?1, 'PENDING', now(), now() from e""")
                    .setParameter(1, endpointId).setParameter(2, BODY).setParameter(3, DELIVERIES).executeUpdate();
        });
        long began = System.nanoTime();
        while (delivered(endpointId) < DELIVERIES) {
            Thread.sleep(20);
            if (System.nanoTime() - began > 600e9) {
                throw new AssertionError("the relay delivered " + delivered(endpointId) + " of " + DELIVERIES
                        + " in 10 minutes");
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertEquals(DELIVERIES, received.get() - before, "each delivery posted once");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update notifications.endpoint set active = false where id = ?1").setParameter(1, endpointId)
                .executeUpdate());
        return DELIVERIES / seconds;
    }

    private int delivered(UUID endpointId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from notifications.delivery where endpoint_id = ?1 and status = 'DELIVERED'""")
                .setParameter(1, endpointId).getSingleResult()).intValue());
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static String list(List<Double> xs) {
        return String.join(" / ", xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList());
    }
}
