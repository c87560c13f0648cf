package com.halowill.partnerhub.notifications.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.api.PurchaseOrdersAccess;
import com.halowill.partnerhub.app.notifications.Inbox;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.notifications.MailPreferences;
import com.halowill.partnerhub.notifications.OpsMailPreference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An ops planner who chose ops mails is told what came in since the last run (a new proposal, a webhook delivery
 * that died) in one mail linking to the console, and is not told the same thing twice.
 */
@QuarkusTest
class OpsAlertsTest {

    @Inject
    PrivateSupply supply;
    @Inject
    MailPreferences preferences;
    @Inject
    OpsAlerts alerts;
    @Inject
    EntityManager em;

    @Test
    void new_proposals_and_dead_deliveries_are_told_once_in_one_mail() throws Exception {
        alerts.run(); // what came before this test has been told
        String planner = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        preferences.saveOps(new OpsMailPreference("ops-planner", planner, true, true, true, null));
        try {
            PrivateSupply.World w = supply.product("OA", 1, Map.of(3, 1000), 100_000);
            PurchaseOrdersAccess.submit(Tokens.erp("casc"), UUID.randomUUID().toString(),
                    "OA-" + UUID.randomUUID().toString().substring(0, 8), "CASC-SEA", w.sku(), 25,
                    PrivateSupply.friday(3));
            deadDelivery();
            assertEquals(1, alerts.run(), "one mail for the one ops person who chose mails");
            Inbox.Received mail = Inbox.await(planner,
                    "Partner Hub ops: 1 new proposal, 1 dead webhook delivery");
            assertTrue(mail.text().contains("CASC: 25 x " + w.sku()) && mail.text().contains("/console\n"),
                    mail.text());
            assertTrue(mail.text().contains("PRDC order.acknowledged to https://127.0.0.1:9/ops-alert-test"),
                    mail.text());
            assertEquals(0, alerts.run(), "nothing new, no mail");
            Thread.sleep(800);
            assertEquals(1, Inbox.of(planner).size());
        } finally {
            preferences.saveOps(new OpsMailPreference("ops-planner", planner, false, false, false, null));
        }
    }

    /** A delivery that gave up just now (as the relay leaves one after its last attempt). */
    private void deadDelivery() {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID endpoint = UUID.randomUUID();
            em.createNativeQuery("""
                    insert into notifications.endpoint (id, distributor, url, events, secret, created_at, created_by)
                    values (?1, 'PRDC', 'https://127.0.0.1:9/ops-alert-test', 'order.acknowledged', 'whsec_test',
                    now(), 'test')""").setParameter(1, endpoint).executeUpdate();
            long event = ((Number) em.createNativeQuery("""
                    insert into notifications.outbox_event (distributor, type, payload, created_at)
                    values ('PRDC', 'order.acknowledged', '{}', now()) returning id""").getSingleResult()).longValue();
            em.createNativeQuery("""
                    insert into notifications.delivery (id, event_id, endpoint_id, status, attempts, next_attempt_at,
                        last_error, created_at, dead_at)
                    values (?1, ?2, ?3, 'DEAD', 15, now(), 'connection refused', now(), now())""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, event).setParameter(3, endpoint)
                    .executeUpdate();
        });
    }
}
