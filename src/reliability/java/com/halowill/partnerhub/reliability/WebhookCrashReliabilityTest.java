package com.halowill.partnerhub.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.notifications.WebhookReceiver;
import com.halowill.partnerhub.app.stack.AppProcess;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The app killed with {@code kill -9} after a change was committed and before its webhook went out: after the
 * restart the delivery arrives, once, signed with the endpoint's secret. Runs on a PostgreSQL of its own, so no
 * other instance's relay can deliver it meanwhile.
 */
@QuarkusTest
@Tag("e2e")
class WebhookCrashReliabilityTest {

    @Test
    void a_webhook_pending_when_the_app_is_killed_is_delivered_once_after_the_restart() throws Exception {
        try (OwnPostgres pg = OwnPostgres.start(); WebhookReceiver partner = new WebhookReceiver()) {
            String orderId;
            String secret;
            try (AppProcess app = AppProcess.start(pg.jdbcUrl(), "-Dpartnerhub.demo-data.enabled=true",
                    "-Dpartnerhub.webhooks.allow-http=true", "-Dpartnerhub.webhooks.addresses=loopback",
                    "-Dpartnerhub.webhooks.relay-every=1h")) {
                Erp admin = new Erp(Tokens.user("nwos-admin"));
                Erp.Answer registered = admin.post(app.url() + "/api/v1/webhooks", null, "{\"url\":\""
                        + partner.url("/hooks") + "\",\"events\":[\"order.cancelled\"]}");
                assertEquals(201, registered.status(), registered.body());
                secret = JsonPath.from(registered.body()).getString("secret");
                Erp erp = new Erp(Tokens.erp("nwos"));
                Erp.Answer placed = erp.post(app.url() + "/api/v1/purchase-orders", UUID.randomUUID().toString(),
                        Erp.order("WH-" + UUID.randomUUID(), "NWOS-ASH", "HW-OSFP-800G-DR8", 1, 10,
                                LocalDate.now().plusWeeks(10)));
                assertEquals(201, placed.status(), placed.body());
                orderId = JsonPath.from(placed.body()).getString("id");
                Erp.Answer cancelled = erp.post(app.url() + "/api/v1/purchase-orders/" + orderId + "/cancel", null,
                        "");
                assertEquals(200, cancelled.status(), cancelled.body());
                assertEquals(1, pg.count("select count(*) from notifications.delivery d join notifications.outbox_event e"
                        + " on e.id = d.event_id where e.type = 'order.cancelled' and d.status = 'PENDING'"),
                        "the delivery waits in the outbox");
                app.killHard();
            }
            assertTrue(partner.of("/hooks", "order.cancelled").isEmpty(), "nothing went out before the kill");
            try (AppProcess restarted = AppProcess.start(pg.jdbcUrl(), "-Dpartnerhub.webhooks.allow-http=true",
                    "-Dpartnerhub.webhooks.addresses=loopback",
                    "-Dpartnerhub.webhooks.relay-every=0.3s")) {
                List<WebhookReceiver.Received> got = partner.await("/hooks", "order.cancelled", 1,
                        Duration.ofSeconds(30));
                assertEquals(1, got.size(), "delivered after the restart:\n" + restarted.log());
                Thread.sleep(2000);
                got = partner.of("/hooks", "order.cancelled");
                assertEquals(1, got.size(), "delivered once");
                WebhookReceiver.Received r = got.get(0);
                assertEquals(WebhookReceiver.signature(secret, r.body()), r.signature());
                assertEquals(orderId, JsonPath.from(r.body()).getString("data.orderId"));
            }
        }
    }
}
