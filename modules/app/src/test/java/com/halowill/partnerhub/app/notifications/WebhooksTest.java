package com.halowill.partnerhub.app.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.api.PurchaseOrdersAccess;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A distributor admin registers an endpoint; confirming an order sends commitment.changed and order.acknowledged,
 * signed; a failing endpoint gets the delivery again until it answers 2xx; other distributors' events never come.
 */
@QuarkusTest
class WebhooksTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Orders orders;
    @Inject
    jakarta.persistence.EntityManager em;
    @Inject
    Shipments shipments;

    private static String admin() {
        return Tokens.user("nwos-admin");
    }

    private static JsonPath register(String url, List<String> events) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", events)).post("/api/v1/webhooks").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract().jsonPath();
    }

    private void confirm(String orderId) {
        List<DemandRef> refs = QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId))
                .orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
        promises.confirmAll(promises.forDemands(refs).stream().map(Commitment::id).toList(),
                "ops-planner");
    }

    @Test
    void confirming_an_order_sends_signed_events_and_a_failing_endpoint_gets_them_again() throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver()) {
            erp.failFirst("/flaky", 2);
            JsonPath good = register(erp.url("/hooks"), List.of("order.acknowledged", "commitment.changed"));
            JsonPath flaky = register(erp.url("/flaky"), List.of("order.acknowledged"));
            PrivateSupply.World w = supply.product("HOOK", 1, Map.of(2, 1000), 10_000);

            String mine = PurchaseOrdersAccess.submit(Tokens.erp("nwos"), UUID.randomUUID().toString(),
                    "HOOK-" + UUID.randomUUID(), "NWOS-ASH", w.sku(), 100, PrivateSupply.friday(2));
            String theirs = PurchaseOrdersAccess.submit(Tokens.erp("casc"), UUID.randomUUID().toString(),
                    "HOOK-" + UUID.randomUUID(), "CASC-SEA", w.sku(), 100, PrivateSupply.friday(2));
            confirm(mine);
            confirm(theirs);

            List<WebhookReceiver.Received> acks = erp.await("/hooks", "order.acknowledged", 1, Duration.ofSeconds(15));
            assertEquals(1, acks.size(), "NWOS's order only, once");
            WebhookReceiver.Received ack = acks.get(0);
            assertEquals(WebhookReceiver.signature(good.getString("secret"), ack.body()), ack.signature(),
                    "signed with the secret");
            JsonPath payload = JsonPath.from(ack.body());
            assertEquals(mine, payload.getString("data.orderId"));
            assertEquals("ACKNOWLEDGED", payload.getString("data.status"));

            WebhookReceiver.Received changed = erp.await("/hooks", "commitment.changed", 1, Duration.ofSeconds(5))
                    .get(0);
            JsonPath c = JsonPath.from(changed.body());
            assertEquals("OPS_CONFIRMED", c.getString("data.reasonCode"));
            assertEquals(PrivateSupply.friday(2).toString(), c.getString("data.after[0].shipDate"));

            List<WebhookReceiver.Received> retried = erp.await("/flaky", "order.acknowledged", 1,
                    Duration.ofSeconds(15));
            assertEquals(1, retried.size(), "delivered after two failures");
            String flakyId = flaky.getString("id");
            given().auth().oauth2(admin()).get("/api/v1/webhooks/" + flakyId + "/deliveries").then().statusCode(200)
                    .body("[0].status", equalTo("DELIVERED"), "[0].attempts", equalTo(3));
            assertTrue(erp.of("/hooks", "order.acknowledged").stream()
                    .noneMatch(r -> r.body().contains(theirs)), "another distributor's order never reaches NWOS");
        }
    }

    @Test
    void a_shipment_and_a_cancellation_reach_the_partner() throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver()) {
            given().auth().oauth2(Tokens.user("mapl-admin")).contentType(ContentType.JSON)
                    .body(Map.of("url", erp.url("/mapl"), "events", List.of("shipment.created", "order.cancelled")))
                    .post("/api/v1/webhooks").then().statusCode(201);
            PrivateSupply.World w = supply.product("HOOKS", 1, Map.of(), 1000);
            supply.stock(w, "TOR-HUB", 100);
            String shipped = PurchaseOrdersAccess.submit(Tokens.erp("mapl"), UUID.randomUUID().toString(),
                    "HOOKS-" + UUID.randomUUID(), "MAPL-MTL", w.sku(), 40, PrivateSupply.friday(1));
            confirm(shipped);
            Commitment c = promises.forDemands(QuarkusTransaction.requiringNew().call(() -> orders
                    .find(OrderId.parse(shipped)).orElseThrow().lines().stream().map(OrderLine::demandRef).toList()))
                    .get(0);
            shipments.record(new ShipmentRequest(new DistributorCode("MAPL"), shipped, null, "FedEx", "7712", List.of(
                    new ShipmentLine(c.demandRef(), 40))), "ops-planner");
            String cancelled = PurchaseOrdersAccess.submit(Tokens.erp("mapl"), UUID.randomUUID().toString(),
                    "HOOKS-" + UUID.randomUUID(), "MAPL-MTL", w.sku(), 10, PrivateSupply.friday(1));
            given().auth().oauth2(Tokens.erp("mapl")).post("/api/v1/purchase-orders/" + cancelled + "/cancel").then()
                    .statusCode(200);

            JsonPath shipment = JsonPath.from(erp.await("/mapl", "shipment.created", 1, Duration.ofSeconds(15))
                    .get(0).body());
            assertEquals(shipped, shipment.getString("data.orderId"));
            assertEquals("7712", shipment.getString("data.tracking"));
            assertEquals(40, shipment.getInt("data.lines[0].quantity"));
            assertEquals(1, shipment.getInt("data.lines[0].lineNumber"));
            JsonPath cancel = JsonPath.from(erp.await("/mapl", "order.cancelled", 1, Duration.ofSeconds(15)).get(0)
                    .body());
            assertEquals(cancelled, cancel.getString("data.orderId"));
        }
    }

    @Test
    void a_rotated_secret_signs_beside_the_new_one_each_signature_carries_its_time_and_secrets_are_kept_sealed()
            throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver()) {
            JsonPath first = register(erp.url("/rotating"), List.of("order.acknowledged"));
            String id = first.getString("id");
            String old = first.getString("secret");
            String kept = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                    "select secret from notifications.endpoint where id = cast(?1 as uuid)").setParameter(1, id)
                    .getSingleResult());
            assertTrue(kept.startsWith("sealed:v1:") && !kept.contains(old.substring(6)), "kept sealed: " + kept);
            given().auth().oauth2(Tokens.user("casc-admin")).post("/api/v1/webhooks/" + id + "/secret").then()
                    .statusCode(404);
            String current = given().auth().oauth2(admin()).post("/api/v1/webhooks/" + id + "/secret").then()
                    .statusCode(200).body("id", equalTo(id)).body("secret", startsWith("whsec_")).extract()
                    .path("secret");
            assertNotEquals(old, current);
            PrivateSupply.World w = supply.product("ROTA", 1, Map.of(2, 1000), 10_000);
            String order = PurchaseOrdersAccess.submit(Tokens.erp("nwos"), UUID.randomUUID().toString(),
                    "ROTA-" + UUID.randomUUID(), "NWOS-ASH", w.sku(), 10, PrivateSupply.friday(2));
            long sent = java.time.Instant.now().getEpochSecond();
            confirm(order);
            WebhookReceiver.Received ack = erp.await("/rotating", "order.acknowledged", 1, Duration.ofSeconds(15))
                    .get(0);
            assertEquals(WebhookReceiver.signature(current, ack.body()), ack.signature(), "signed with the new secret");
            String[] parts = ack.timestamped().split(",");
            long t = Long.parseLong(parts[0].substring("t=".length()));
            assertTrue(Math.abs(t - sent) < 60, "the signature's time is the sending time: " + t + " vs " + sent);
            assertEquals(List.of("sha256=" + WebhookReceiver.hmac(current, t + "." + ack.body()),
                    "sha256=" + WebhookReceiver.hmac(old, t + "." + ack.body())), List.of(parts).subList(1, 3),
                    "the time and body signed under the new secret, then under the old one during the overlap");
        }
    }

    @Test
    void a_bad_registration_names_the_field_and_only_admins_register() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://erp.example.com/hook", "events", List.of("order.acknowledged")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://127.0.0.1:9/hook", "events", List.of("order.shipped")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("events"));
        given().auth().oauth2(Tokens.erp("nwos")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://127.0.0.1:9/hook", "events", List.of("order.acknowledged")))
                .post("/api/v1/webhooks").then().statusCode(403);
        String id = register("https://127.0.0.1:9/hook", List.of("shipment.created")).getString("id");
        given().auth().oauth2(admin()).get("/api/v1/webhooks").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.user("casc-admin")).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }
}
