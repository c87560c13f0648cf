package com.halowill.partnerhub.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Webhooks never reach HaloWill's own network: an endpoint on a loopback, private, link-local (metadata), shared or
 * unique-local address is refused at registration, and a delivery to one is refused at sending. Tested by refusal
 * only: the addresses are literals (nothing is looked up), and the one endpoint a broken guard would reach is a
 * server of this test on loopback, which must receive nothing.
 */
@QuarkusTest
class EndpointAddressGuardTest {

    private static final EndpointAddresses PUBLIC = new EndpointAddresses(EndpointAddresses.Mode.PUBLIC);

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    @Test
    void addresses_inside_any_private_network_are_not_public_and_internet_addresses_are() throws Exception {
        for (String inside : List.of("127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.20", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
                "198.18.0.5", "::1", "::", "fe80::1", "fd00::1", "fc12::3", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
                "64:ff9b::a00:1", "2002:a00:1::1", "ff02::1")) {
            assertTrue(PUBLIC.refusal(InetAddress.getByName(inside)).isPresent(), inside + " must be refused");
        }
        for (String outside : List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
                "64:ff9b::808:808")) {
            assertTrue(PUBLIC.refusal(InetAddress.getByName(outside)).isEmpty(), outside + " is public");
        }
    }

    @Test
    void registering_an_endpoint_inside_a_private_network_is_refused_and_registers_nothing() {
        WebhookRegistry registry = new WebhookRegistry(em, RelayLeaseTest.config(EndpointAddresses.Mode.PUBLIC),
                Clock.systemUTC(), new SecretBox(RelayLeaseTest.KEY), outbox);
        long before = endpoints();
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost/hook", "https://10.0.0.5/hook",
                "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook", "https://[fd00::1]/hook",
                "https://[::ffff:192.168.0.1]/hook", "https://user:secret@93.184.215.14/hook")) {
            InvalidWebhook refused = assertThrows(InvalidWebhook.class, () -> QuarkusTransaction.requiringNew()
                    .call(() -> registry.register(new DistributorCode("NWOS"), url, List.of("order.acknowledged"),
                            "nwos-admin")), url);
            assertEquals("url", refused.field());
            assertFalse(refused.getMessage().contains("Exception"), refused.getMessage());
        }
        assertEquals(before, endpoints(), "no endpoint was registered");
    }

    @Test
    void a_delivery_to_an_address_no_longer_allowed_is_not_sent_and_says_why() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer internal = RelayLeaseTest.server(exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        try {
            UUID id = RelayLeaseTest.deliveries(em, "http://127.0.0.1:" + internal.getAddress().getPort() + "/hooks",
                    1).get(0);
            RelayLeaseTest.relay(em, EndpointAddresses.Mode.PUBLIC).run();
            Object[] after = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select status, attempts, last_error, last_status from notifications.delivery where id = ?1""")
                    .setParameter(1, id).getSingleResult());
            assertEquals(0, received.get(), "nothing reached the internal address");
            assertEquals("PENDING", after[0], "retried later, as any failed attempt");
            assertEquals(1, ((Number) after[1]).intValue());
            assertEquals("address refused: not a public internet address", after[2]);
            assertEquals(null, after[3]);
        } finally {
            internal.stop(0);
        }
    }

    private long endpoints() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notifications.endpoint").getSingleResult()).longValue());
    }
}
