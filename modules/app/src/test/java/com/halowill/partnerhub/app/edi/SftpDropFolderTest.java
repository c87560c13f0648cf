package com.halowill.partnerhub.app.edi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.SftpServer;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.notifications.DropFolder;
import com.halowill.partnerhub.notifications.DropFolders;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * X12 documents pushed into a distributor's SFTP drop folder, against a real SFTP server on loopback: the 855 and 856
 * arrive as whole files once each, a server showing another host key never gets the password (nor a file until ops fix
 * the pin and the password), a folder that is not there yet is retried until the file is, and a drop folder that
 * cannot be used is refused with its field.
 */
@QuarkusTest
class SftpDropFolderTest {

    private static final DistributorCode PRDC = new DistributorCode("PRDC");
    private static final String USER = "halowill";
    private static final String PASSWORD = "drop-" + UUID.randomUUID();

    @Inject
    PrivateSupply supply;
    @Inject
    Orders orders;
    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    DropFolders folders;
    @Inject
    EntityManager em;

    @AfterEach
    void removeFolder() {
        QuarkusTransaction.requiringNew().run(() -> folders.remove(PRDC));
    }

    @Test
    void an_acknowledged_order_and_its_shipment_are_put_into_the_drop_folder_as_whole_files() throws Exception {
        try (SftpServer sftp = new SftpServer(USER, PASSWORD)) {
            Path inbound = Files.createDirectories(sftp.root().resolve("inbound"));
            save(sftp.port(), "/inbound", sftp.fingerprint(), PASSWORD);
            String sealed = sealedPassword();
            assertFalse(sealed.contains(PASSWORD), "the password is kept sealed: " + sealed);

            Acknowledged order = acknowledgedOrder("XS", 30);
            Path x855 = await(inbound, name -> name.startsWith("855-"), Duration.ofSeconds(15));
            String document = Files.readString(x855, StandardCharsets.US_ASCII);
            assertEquals(List.of("855"), X12Envelope.check(document), document);
            assertTrue(X12Samples.segments(document).stream().anyMatch(s -> s.startsWith("BAK*00*AD*" + order.po()
                    + "*")), document);
            assertTrue(X12Samples.segments(document).get(0).contains("*ZZ*PRDCERP        *"), document);

            shipments.record(new ShipmentRequest(PRDC, order.order().id().toString(), null, "UPS", "1Z-DROP",
                    List.of(new ShipmentLine(order.commitments().get(0).demandRef(), 30))), "ops-planner");
            Path x856 = await(inbound, name -> name.startsWith("856-"), Duration.ofSeconds(15));
            assertEquals(List.of("856"), X12Envelope.check(Files.readString(x856, StandardCharsets.US_ASCII)));
            assertTrue(Files.readString(x856).contains("REF*CN*1Z-DROP~"), Files.readString(x856));

            List<String> names = files(inbound);
            assertEquals(2, names.size(), "one file per document, no temporary file left: " + names);
            assertTrue(names.stream().allMatch(n -> n.endsWith(".x12")), names.toString());
            // The relay records a delivery once its file is in place, so the file can be seen a moment before that.
            awaitDelivery(d -> "DELIVERED".equals(d.status()), Duration.ofSeconds(5));
            List<WebhookDelivery> deliveries = folders.deliveries(PRDC, 5);
            assertEquals(List.of("DELIVERED", "DELIVERED"), deliveries.stream().map(WebhookDelivery::status).toList());
            assertTrue(names.stream().anyMatch(n -> n.contains(deliveries.get(0).id().toString())), names.toString());
        }
    }

    @Test
    void a_server_showing_another_host_key_is_never_sent_the_password_and_gets_no_file_until_ops_fix_it()
            throws Exception {
        try (SftpServer sftp = new SftpServer(USER, PASSWORD)) {
            Path inbound = Files.createDirectories(sftp.root().resolve("inbound"));
            save(sftp.port(), "/inbound", SftpServer.fingerprint(SftpServer.newKey()), PASSWORD);
            int attemptsBefore = sftp.passwordAttempts();

            acknowledgedOrder("XK", 10);
            WebhookDelivery failed = awaitDelivery(d -> d.lastError() != null, Duration.ofSeconds(15));
            assertTrue(failed.lastError().startsWith("host key does not match the pinned one"), failed.lastError());
            assertEquals("PENDING", failed.status(), "retried, as the key may be fixed: " + failed);
            assertEquals(attemptsBefore, sftp.passwordAttempts(), "no password sent to a server with another key");
            assertEquals(List.of(), files(inbound));

            save(sftp.port(), "/inbound", sftp.fingerprint(), "not-the-password");
            WebhookDelivery refused = awaitDelivery(d -> "authentication refused".equals(d.lastError()),
                    Duration.ofSeconds(15));
            assertEquals("PENDING", refused.status());
            assertTrue(sftp.passwordAttempts() > attemptsBefore, "the pinned server is sent the password");
            assertEquals(List.of(), files(inbound));

            save(sftp.port(), "/inbound", sftp.fingerprint(), PASSWORD);
            await(inbound, name -> name.startsWith("855-"), Duration.ofSeconds(20));
            assertEquals("DELIVERED", awaitDelivery(d -> "DELIVERED".equals(d.status()), Duration.ofSeconds(5))
                    .status(), "once ops fixed the pin and the password, the next retry delivered it");
        }
    }

    @Test
    void a_folder_not_there_yet_is_retried_until_the_file_is_there_once() throws Exception {
        try (SftpServer sftp = new SftpServer(USER, PASSWORD)) {
            save(sftp.port(), "/late", sftp.fingerprint(), PASSWORD);
            acknowledgedOrder("XL", 10);
            WebhookDelivery failed = awaitDelivery(d -> d.lastError() != null, Duration.ofSeconds(15));
            assertEquals("folder not found", failed.lastError());
            assertEquals("PENDING", failed.status());

            Path late = Files.createDirectories(sftp.root().resolve("late"));
            await(late, name -> name.startsWith("855-"), Duration.ofSeconds(20));
            WebhookDelivery delivered = awaitDelivery(d -> "DELIVERED".equals(d.status()), Duration.ofSeconds(5));
            assertTrue(delivered.attempts() >= 2, "delivered on a retry: " + delivered);
            Thread.sleep(1000); // relay runs after the delivery must not write it again
            assertEquals(1, files(late).size(), files(late).toString());
        }
    }

    @Test
    void a_drop_folder_that_cannot_be_used_is_refused_with_its_field_and_nothing_is_kept() throws Exception {
        String key = SftpServer.fingerprint(SftpServer.newKey());
        long before = endpointRows();
        record Bad(String field, DropFolder folder, String password) {
        }
        List<Bad> bad = List.of(
                new Bad("host", new DropFolder(PRDC, "10.20.30.40", 22, USER, "/in", key, null, null), PASSWORD),
                new Bad("host", new DropFolder(PRDC, "bad host!", 22, USER, "/in", key, null, null), PASSWORD),
                new Bad("port", new DropFolder(PRDC, "127.0.0.1", 70000, USER, "/in", key, null, null), PASSWORD),
                new Bad("user", new DropFolder(PRDC, "127.0.0.1", 22, "", "/in", key, null, null), PASSWORD),
                new Bad("folder", new DropFolder(PRDC, "127.0.0.1", 22, USER, "in", key, null, null), PASSWORD),
                new Bad("folder", new DropFolder(PRDC, "127.0.0.1", 22, USER, "/in/../etc", key, null, null),
                        PASSWORD),
                new Bad("hostKey", new DropFolder(PRDC, "127.0.0.1", 22, USER, "/in", "MD5:aa:bb", null, null),
                        PASSWORD),
                new Bad("password", new DropFolder(PRDC, "127.0.0.1", 22, USER, "/in", key, null, null), ""),
                new Bad("distributor", new DropFolder(new DistributorCode("NOPE"), "127.0.0.1", 22, USER, "/in", key,
                        null, null), PASSWORD));
        for (Bad b : bad) {
            InvalidWebhook e = assertThrows(InvalidWebhook.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> folders.save(b.folder(), b.password(), "ops-admin")), b.toString());
            assertEquals(b.field(), e.field(), b + ": " + e.getMessage());
        }
        assertEquals(before, endpointRows(), "nothing kept");
        assertTrue(folders.of(PRDC).isEmpty());
    }

    @Test
    void saving_again_without_a_password_changes_the_folder_and_keeps_the_password() throws Exception {
        String key = SftpServer.fingerprint(SftpServer.newKey());
        save(2222, "/in", key, PASSWORD);
        String sealed = sealedPassword();
        save(2223, "/in/halowill/", key, "");
        DropFolder now = folders.of(PRDC).orElseThrow();
        assertEquals(List.of(2223, "/in/halowill"), List.of(now.port(), now.folder()));
        assertEquals(sealed, sealedPassword(), "the password saved before is kept");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notifications.endpoint where distributor = 'PRDC' and active and kind = 'SFTP'")
                .getSingleResult()).longValue()), "one drop folder per distributor");
    }

    private String sealedPassword() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select secret from notifications.endpoint where distributor = 'PRDC' and active and kind = 'SFTP'")
                .getSingleResult());
    }

    private record Acknowledged(String po, PurchaseOrder order, List<Commitment> commitments) {
    }

    /** An 850 from PRDC's translator for a product of the test's own, acknowledged by ops. */
    private Acknowledged acknowledgedOrder(String prefix, int quantity) {
        PrivateSupply.World w = supply.product(prefix, 1, Map.of(), 1000);
        supply.stock(w, "FRE-HUB", 100);
        String po = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        int control = ThreadLocalRandom.current().nextInt(1, 999_999_999);
        String ack = given().auth().oauth2(Tokens.erp("prdc")).contentType("application/edi-x12")
                .body(X12Samples.v4010(control, "PRDCERP", po, "PRDC-DSM", List.of(new X12Samples.Line("1",
                        String.valueOf(quantity), w.sku(), PrivateSupply.friday(1)))).getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/edi/x12").then().statusCode(200).extract().asString();
        assertTrue(ack.contains("AK5*A"), ack);
        PurchaseOrder order = QuarkusTransaction.requiringNew().call(() -> orders.list(new OrderQuery(PRDC, null, po,
                null, 1, null)).items().get(0));
        List<Commitment> commitments = promises.forDemands(order.lines().stream().map(OrderLine::demandRef).toList());
        promises.confirmAll(commitments.stream().map(Commitment::id).toList(), "ops-planner");
        return new Acknowledged(po, order, commitments);
    }

    private void save(int port, String folder, String hostKey, String password) {
        QuarkusTransaction.requiringNew().run(() -> folders.save(new DropFolder(PRDC, "127.0.0.1", port, USER, folder,
                hostKey, null, null), password, "ops-admin"));
    }

    private long endpointRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notifications.endpoint").getSingleResult()).longValue());
    }

    private WebhookDelivery awaitDelivery(Predicate<WebhookDelivery> wanted, Duration within)
            throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (true) {
            List<WebhookDelivery> newest = folders.deliveries(PRDC, 1);
            if (!newest.isEmpty() && wanted.test(newest.get(0))) {
                return newest.get(0);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such delivery in " + within + ": " + newest);
            }
            Thread.sleep(100);
        }
    }

    private static Path await(Path folder, Predicate<String> name, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (true) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> found = files.filter(p -> name.test(p.getFileName().toString())).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such file in " + folder + " in " + within + ": " + files(folder));
            }
            Thread.sleep(100);
        }
    }

    private static List<String> files(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
