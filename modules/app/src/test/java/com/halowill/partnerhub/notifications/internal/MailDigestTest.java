package com.halowill.partnerhub.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.api.PurchaseOrdersAccess;
import com.halowill.partnerhub.app.notifications.Inbox;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReasonCode;
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
 * A buyer who chose a digest gets no mail per change: the day's mails are held, then collected into one mail that
 * carries each of them, exactly once.
 */
@QuarkusTest
class MailDigestTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Orders orders;
    @Inject
    MailPreferences preferences;
    @Inject
    MailDigest digest;
    @Inject
    EntityManager em;

    @Test
    void the_days_mails_wait_and_go_out_together_in_one_digest_once() throws Exception {
        String buyer = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        preferences.save(new MailPreference("prdc-buyer", new DistributorCode("PRDC"), buyer, true, true, false, true,
                null));
        try {
            PrivateSupply.World w = supply.product("MD", 1, Map.of(2, 1000, 5, 1000), 100_000);
            String po = "MD-" + UUID.randomUUID().toString().substring(0, 8);
            String orderId = PurchaseOrdersAccess.submit(Tokens.erp("prdc"), UUID.randomUUID().toString(), po,
                    "PRDC-DSM", w.sku(), 20, PrivateSupply.friday(2));
            List<DemandRef> refs = QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId))
                    .orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
            Commitment c = promises.forDemands(refs).get(0);
            promises.confirmAll(List.of(c.id()), "ops-planner");
            promises.override(c.id(), new OpsDecision(PrivateSupply.friday(5), null, null, ReasonCode.LOGISTICS,
                    "carrier capacity"), "ops-planner");
            Thread.sleep(1500); // several relay runs
            assertEquals(List.of(), Inbox.of(buyer), "nothing sent one by one");
            assertEquals(Map.of("HELD", 2L), statuses(buyer));

            assertTrue(digest.collect() >= 1);
            Inbox.Received mail = Inbox.await(buyer, "Your Partner Hub updates: 2 since the last digest");
            assertTrue(mail.text().contains("== PO " + po + " acknowledged by HaloWill ==")
                    && mail.text().contains("== Delivery date moved: PO " + po + " line 1 =="), mail.text());
            assertTrue(mail.html().contains("<strong>" + po + "</strong>"), mail.html());
            for (int i = 0; i < 50 && !statuses(buyer).containsKey("SENT"); i++) {
                Thread.sleep(100); // the relay records the send right after the server took it
            }
            assertEquals(Map.of("DIGESTED", 2L, "SENT", 1L), statuses(buyer));

            digest.collect();
            Thread.sleep(800);
            assertEquals(1, Inbox.of(buyer).size(), "a held mail is in one digest only");
        } finally {
            preferences.save(new MailPreference("prdc-buyer", new DistributorCode("PRDC"), buyer, false, false, false,
                    false, null));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> statuses(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    select status, count(*) from notifications.mail where email = ?1 group by status""")
                    .setParameter(1, email).getResultList();
            return rows.stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0],
                    r -> ((Number) r[1]).longValue()));
        });
    }
}
