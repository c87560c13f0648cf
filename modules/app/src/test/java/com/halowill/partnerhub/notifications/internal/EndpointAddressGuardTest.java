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
 * unique-local address is refused at registration, and a delivery to one is refused at sending; a delivery connects
 * to the address the guard checked, so a second DNS answer cannot turn it inside, and trusts only certificates an
 * authority signed. Tested by refusal
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

    @Test
    void a_delivery_goes_to_the_address_the_guard_checked_and_its_name_is_looked_up_once() throws Exception {
        List<String> hosts = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer partner = RelayLeaseTest.server(exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        AtomicInteger lookups = new AtomicInteger();
        // The first answer is the checked one; any later lookup would be turned inside (a rebinding DNS server).
        EndpointAddresses rebinding = new EndpointAddresses(EndpointAddresses.Mode.LOOPBACK, name -> {
            if (!name.equals("partner.invalid")) {
                throw new java.net.UnknownHostException(name);
            }
            return new InetAddress[] {lookups.incrementAndGet() == 1 ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName("10.9.9.9")};
        });
        try {
            int port = partner.getAddress().getPort();
            UUID id = RelayLeaseTest.deliveries(em, "http://partner.invalid:" + port + "/hooks", 1).get(0);
            RelayLeaseTest.relay(em, EndpointAddresses.Mode.LOOPBACK, rebinding).run();
            assertEquals(List.of("partner.invalid:" + port), hosts, "posted once, to the checked address, by name");
            assertEquals(1, lookups.get(), "the name was looked up once, by the guard");
            assertEquals("DELIVERED", delivery(id)[0]);
        } finally {
            partner.stop(0);
        }
    }

    @Test
    void an_https_endpoint_with_a_certificate_no_authority_signed_gets_nothing() throws Exception {
        java.nio.file.Path store = java.nio.file.Files.createTempDirectory("tls").resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(System.getProperty("java.home") + "/bin/keytool", "-genkeypair",
                "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance("PKIX");
        kmf.init(keys, "changeit".toCharArray());
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        AtomicInteger received = new AtomicInteger();
        com.sun.net.httpserver.HttpsServer partner = com.sun.net.httpserver.HttpsServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        partner.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
        partner.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        partner.start();
        try {
            UUID id = RelayLeaseTest.deliveries(em, "https://localhost:" + partner.getAddress().getPort() + "/hooks",
                    1).get(0);
            RelayLeaseTest.relay(em, EndpointAddresses.Mode.LOOPBACK).run();
            Object[] after = delivery(id);
            assertEquals(0, received.get(), "nothing posted over a connection whose server is not trusted");
            assertEquals("PENDING", after[0]);
            assertEquals("TLS handshake failed", after[2]);
        } finally {
            partner.stop(0);
        }
    }

    /** A delivery's status, attempts, last error and last status. */
    private Object[] delivery(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select status, attempts, last_error, last_status from notifications.delivery where id = ?1""")
                .setParameter(1, id).getSingleResult());
    }

    private long endpoints() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notifications.endpoint").getSingleResult()).longValue());
    }
}
