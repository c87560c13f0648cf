package com.halowill.partnerhub.app.edi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.notifications.WebhookReceiver;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * HaloWill's X12 documents pushed to the partner: an endpoint subscribed to x12.855 and x12.856 receives the 855 when
 * its order is acknowledged and the 856 when it ships, as the documents themselves (application/edi-x12), signed like
 * every webhook, addressed to the party the order came from, and read back by the tests' own X12 reader.
 */
@QuarkusTest
class X12PushTest {

    private static final String X12 = "application/edi-x12";

    @Inject
    PrivateSupply supply;
    @Inject
    Orders orders;
    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    X12Profiles profiles;

    @Test
    void an_acknowledged_order_and_its_shipment_reach_the_partner_as_an_855_and_an_856() throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver()) {
            JsonPath endpoint = given().auth().oauth2(Tokens.user("casc-admin")).contentType(ContentType.JSON)
                    .body(Map.of("url", erp.url("/x12"), "events", List.of("x12.855", "x12.856")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
            PrivateSupply.World w = supply.product("XP", 1, Map.of(), 1000);
            supply.stock(w, "FRE-HUB", 100);
            String po = "XP-" + UUID.randomUUID().toString().substring(0, 8);
            int control = ThreadLocalRandom.current().nextInt(1, 999_999_999);
            String ack = given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(X12Samples.v4010(control,
                    "CASCERP", po, "CASC-SEA", List.of(new X12Samples.Line("1", "40", w.sku(),
                            PrivateSupply.friday(1)))).getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .post("/api/v1/edi/x12").then().statusCode(200).extract().asString();
            assertTrue(ack.contains("AK5*A"), ack);
            PurchaseOrder order = QuarkusTransaction.requiringNew().call(() -> orders.list(
                    new OrderQuery(new DistributorCode("CASC"),
                    null, po, null, 1, null)).items().get(0));
            assertTrue(erp.of("/x12", "x12.855").isEmpty(), "nothing before HaloWill acknowledges the order");

            List<Commitment> commitments = promises.forDemands(order.lines().stream()
                    .map(OrderLine::demandRef).toList());
            promises.confirmAll(commitments.stream().map(Commitment::id).toList(), "ops-planner");
            WebhookReceiver.Received x855 = erp.await("/x12", "x12.855", 1, Duration.ofSeconds(15)).get(0);
            assertEquals(X12, x855.contentType());
            assertEquals(WebhookReceiver.signature(endpoint.getString("secret"), x855.body()), x855.signature(),
                    "signed like every delivery");
            assertEquals(List.of("855"), X12Envelope.check(x855.body()), x855.body());
            List<String> segments = X12Samples.segments(x855.body());
            assertTrue(segments.get(0).contains("*ZZ*CASCERP        *"), "to the party the 850 came from: "
                    + segments.get(0));
            assertTrue(segments.stream().anyMatch(s -> s.startsWith("BAK*00*AD*" + po + "*")), x855.body());

            shipments.record(new ShipmentRequest(new DistributorCode("CASC"), order.id().toString(), null, "UPS",
                    "1Z999", List.of(new ShipmentLine(commitments.get(0).demandRef(), 40))), "ops-planner");
            WebhookReceiver.Received x856 = erp.await("/x12", "x12.856", 1, Duration.ofSeconds(15)).get(0);
            assertEquals(X12, x856.contentType());
            assertEquals(List.of("856"), X12Envelope.check(x856.body()), x856.body());
            assertTrue(X12Samples.segments(x856.body()).stream().anyMatch(s -> s.equals("REF*CN*1Z999")),
                    x856.body());
            assertEquals(1, erp.of("/x12", "x12.855").size(), "one 855, one 856: " + erp.of("/x12", "x12.855"));
        }
    }

    @Test
    void a_document_the_profile_does_not_push_is_not_pushed_though_an_endpoint_subscribed() throws Exception {
        DistributorCode casc = new DistributorCode("CASC");
        QuarkusTransaction.requiringNew().run(() -> profiles.save(new X12Profile(casc, "ZZ", "CASCERP", "CASCERP",
                "004010", '*', '>', '~', java.util.EnumSet.of(X12Profile.Pushed.ACKNOWLEDGMENT_855), null, null),
                "ops-admin"));
        try (WebhookReceiver erp = new WebhookReceiver()) {
            String endpoint = given().auth().oauth2(Tokens.user("casc-admin")).contentType(ContentType.JSON)
                    .body(Map.of("url", erp.url("/pull"), "events", List.of("x12.855", "x12.856", "shipment.created")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
            PrivateSupply.World w = supply.product("XQ", 1, Map.of(), 1000);
            supply.stock(w, "FRE-HUB", 100);
            String po = "XQ-" + UUID.randomUUID().toString().substring(0, 8);
            int control = ThreadLocalRandom.current().nextInt(1, 999_999_999);
            given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(X12Samples.v4010(control, "CASCERP", po,
                    "CASC-SEA", List.of(new X12Samples.Line("1", "20", w.sku(), PrivateSupply.friday(1))))
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII)).post("/api/v1/edi/x12").then()
                    .statusCode(200);
            PurchaseOrder order = QuarkusTransaction.requiringNew().call(() -> orders.list(
                    new OrderQuery(new DistributorCode("CASC"),
                    null, po, null, 1, null)).items().get(0));
            List<Commitment> commitments = promises.forDemands(order.lines().stream().map(OrderLine::demandRef)
                    .toList());
            promises.confirmAll(commitments.stream().map(Commitment::id).toList(), "ops-planner");
            assertEquals(List.of("855"), X12Envelope.check(erp.await("/pull", "x12.855", 1, Duration.ofSeconds(15))
                    .get(0).body()), "the profile pushes the 855");

            List<String> before = events(endpoint);
            shipments.record(new ShipmentRequest(casc, order.id().toString(), null, "UPS", "1Z-PULL",
                    List.of(new ShipmentLine(commitments.get(0).demandRef(), 20))), "ops-planner");
            erp.await("/pull", "shipment.created", 1, Duration.ofSeconds(15));
            List<String> after = events(endpoint);
            assertEquals(before.stream().filter("x12.856"::equals).count(),
                    after.stream().filter("x12.856"::equals).count(), "no 856 written for the endpoint: " + after);
            assertEquals(before.size() + 1, after.size(), "only the JSON shipment event: " + after);
            String shipment = given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + order.id()
                    + "/shipments").then().statusCode(200).extract().path("[0].id");
            assertEquals(List.of("856"), X12Envelope.check(given().auth().oauth2(Tokens.erp("casc")).accept(X12)
                    .get("/api/v1/purchase-orders/" + order.id() + "/shipments/" + shipment).then().statusCode(200)
                    .extract().asString()), "the partner fetches it instead");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> profiles.remove(casc));
        }
    }

    /** The events of the endpoint's deliveries, as its distributor's admin sees them. */
    private static List<String> events(String endpoint) {
        return given().auth().oauth2(Tokens.user("casc-admin")).get("/api/v1/webhooks/" + endpoint + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("event", String.class);
    }
}
