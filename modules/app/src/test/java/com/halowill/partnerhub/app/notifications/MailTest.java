package com.halowill.partnerhub.app.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.api.PurchaseOrdersAccess;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.notifications.MailPreference;
import com.halowill.partnerhub.notifications.MailPreferences;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A buyer who chose mails gets them from a real SMTP server, read back over IMAP: the acknowledgment with its
 * schedule, a moved date with before, after and why, a shipment with tracking and serial numbers; a change that rolls
 * back writes no mail, and a person who chose nothing gets none.
 */
@QuarkusTest
class MailTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    Orders orders;
    @Inject
    MailPreferences preferences;
    @Inject
    EntityManager em;

    @Test
    void a_buyer_gets_the_mails_it_chose_and_none_for_a_change_that_rolled_back() throws Exception {
        String buyer = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        preferences.save(new MailPreference("nwos-buyer", new DistributorCode("NWOS"), buyer, true, true, true, false,
                null));
        String viewer = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        preferences.save(new MailPreference("nwos-viewer", new DistributorCode("NWOS"), viewer, false, false, false,
                false, null));
        assertThrows(IllegalArgumentException.class, () -> preferences.save(new MailPreference("nwos-admin",
                new DistributorCode("NWOS"), "not an address", true, false, false, false, null)));
        try {
            PrivateSupply.World w = supply.product("ML", 1, Map.of(2, 1000, 5, 1000), 100_000);
            supply.stock(w, "FRE-HUB", 40);
            String po = "ML-" + UUID.randomUUID().toString().substring(0, 8);
            String orderId = PurchaseOrdersAccess.submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), po,
                    "NWOS-ASH", w.sku(), 40, PrivateSupply.friday(2));
            Commitment c = commitment(orderId);
            promises.confirmAll(List.of(c.id()), "ops-planner");
            Inbox.Received ack = Inbox.await(buyer, "PO " + po + " acknowledged by HaloWill");
            assertTrue(ack.text().contains("Line 1: 40 x " + w.sku()), ack.text());
            assertTrue(ack.text().contains("/portal/orders/" + orderId), "links to the order: " + ack.text());
            assertTrue(ack.html().contains("<strong>" + po + "</strong>"), ack.html());

            // A change that rolls back writes no mail.
            long before = mails(buyer);
            assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                promises.override(c.id(), new OpsDecision(PrivateSupply.friday(5), null, null, ReasonCode.LOGISTICS,
                        "rolled back"), "ops-planner");
                throw new IllegalStateException("the caller changed its mind");
            }));
            assertEquals(before, mails(buyer), "no mail for a change that did not happen");

            promises.override(c.id(), new OpsDecision(PrivateSupply.friday(5), null, null, ReasonCode.LOGISTICS,
                    "carrier capacity"), "ops-planner");
            Inbox.Received moved = Inbox.await(buyer, "Delivery date moved: PO " + po + " line 1");
            assertTrue(moved.text().contains("was 40 ship " + PrivateSupply.friday(2))
                    && moved.text().contains("now 40 ship " + PrivateSupply.friday(5)), moved.text());
            assertTrue(moved.text().contains("Why: ") && moved.text().contains("ogistics"), moved.text());
            assertTrue(moved.html().contains("<table"), moved.html());

            // A small order from stock, confirmed and shipped with serial numbers.
            String small = PurchaseOrdersAccess.submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), po + "-S",
                    "NWOS-ASH", w.sku(), 2, PrivateSupply.friday(1));
            Commitment now = commitment(small);
            promises.confirmAll(List.of(now.id()), "ops-planner");
            String serial = "SN-" + po.substring(3).toUpperCase(java.util.Locale.ROOT);
            String tracking = "1ZMAIL" + po.substring(3);
            shipments.record(new ShipmentRequest(new DistributorCode("NWOS"), small, "FRE-HUB", "UPS", tracking,
                    List.of(
                    new ShipmentLine(now.demandRef(), 2, List.of(serial + "-1", serial + "-2")))), "ops-planner");
            Inbox.Received shipped = Inbox.await(buyer, "Shipped: PO " + po + "-S, tracking " + tracking);
            assertTrue(shipped.text().contains("Line 1: 2 x " + w.sku() + " (serials " + serial + "-1, " + serial
                    + "-2)"), shipped.text());
            assertEquals(0, Inbox.of(viewer).size(), "who chose nothing gets nothing");
        } finally {
            preferences.save(new MailPreference("nwos-buyer", new DistributorCode("NWOS"), buyer, false, false, false,
                    false, null));
            preferences.save(new MailPreference("nwos-viewer", new DistributorCode("NWOS"), viewer, false, false,
                    false, false, null));
        }
    }

    private Commitment commitment(String orderId) {
        List<DemandRef> refs = QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId))
                .orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
        return promises.forDemands(refs).get(0);
    }

    private long mails(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from notifications.mail where email = ?1").setParameter(1, email).getSingleResult())
                .longValue());
    }
}
