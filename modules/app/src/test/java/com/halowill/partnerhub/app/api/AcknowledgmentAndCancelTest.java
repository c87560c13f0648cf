package com.halowill.partnerhub.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The acknowledgment answers each line as the engine and ops decided; cancelling releases what has not shipped. */
@QuarkusTest
class AcknowledgmentAndCancelTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Orders orders;
    @Inject
    Shipments shipments;

    private static String place(String erp, String shipTo, List<Map<String, Object>> lines) {
        return given().auth().oauth2(Tokens.erp(erp)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("poNumber", "ACK-" + UUID.randomUUID(), "shipTo", shipTo, "currency", "USD", "lines", lines))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> line(int n, String sku, int quantity, int week) {
        return Map.of("lineNumber", n, "sku", sku, "quantity", quantity, "requestedDate",
                PrivateSupply.friday(week).toString());
    }

    private List<Commitment> commitments(String orderId) {
        List<DemandRef> refs = QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId))
                .orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
        return promises.forDemands(refs);
    }

    @Test
    void each_line_is_answered_accepted_backordered_late_or_requantified_with_the_terms() {
        PrivateSupply.World now = supply.product("ACKN", 1, Map.of(2, 500), 100_000);
        PrivateSupply.World later = supply.product("ACKL", 1, Map.of(4, 500), 100_000);
        String id = place("casc", "CASC-SEA", List.of(line(1, now.sku(), 200, 2), line(2, now.sku(), 400, 2),
                line(3, later.sku(), 100, 2), line(4, later.sku(), 100, 4)));
        var ack = given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id + "/acknowledgment")
                .then().statusCode(200);
        ack.body("lines.answer", contains("PENDING", "PENDING", "PENDING", "PENDING"),
                "incoterm", equalTo("FCA"), "paymentTerms", equalTo("NET30"), "currency", equalTo("USD"));

        List<Commitment> cs = commitments(id);
        Commitment fourth = cs.stream().filter(c -> c.sku().value().equals(later.sku()) && c.quantity() == 100
                && c.requestedDate().equals(PrivateSupply.friday(4))).findFirst().orElseThrow();
        promises.confirmAll(cs.stream().map(Commitment::id).toList(), "ops-planner");
        promises.override(fourth.id(), new OpsDecision(null, 60, null, ReasonCode.ALLOCATION_DECISION, null),
                "ops-planner");
        given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id + "/acknowledgment").then()
                .statusCode(200).body("status", equalTo("ACKNOWLEDGED"),
                        "lines.answer", contains("ACCEPTED", "BACKORDERED", "ACCEPTED_DATE_CHANGED",
                                "ACCEPTED_QUANTITY_CHANGED"),
                        "lines[1].schedule.quantity", contains(300, 100), "lines[3].quantityAccepted", equalTo(60),
                        "lines[2].schedule[0].shipDate", equalTo(PrivateSupply.friday(4).toString()));
        given().auth().oauth2(Tokens.erp("nwos")).get("/api/v1/purchase-orders/" + id + "/acknowledgment").then()
                .statusCode(404);
    }

    @Test
    void cancelling_releases_what_has_not_shipped_and_keeps_what_has() {
        PrivateSupply.World w = supply.product("CNCL", 1, Map.of(2, 1000), 100_000);
        supply.stock(w, "FRE-HUB", 50);
        String untouched = place("mapl", "MAPL-MTL", List.of(line(1, w.sku(), 300, 2)));
        given().auth().oauth2(Tokens.erp("nwos")).post("/api/v1/purchase-orders/" + untouched + "/cancel").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.user("nwos-viewer")).post("/api/v1/purchase-orders/" + untouched + "/cancel")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.erp("mapl")).post("/api/v1/purchase-orders/" + untouched + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"), "lines[0].status", equalTo("CANCELLED"),
                        "lines[0].commitments.size()", equalTo(0));
        assertArrayEquals(new int[] {0, 0}, supply.committedUnits(w.sku()), "its supply is free again");
        given().auth().oauth2(Tokens.erp("mapl")).post("/api/v1/purchase-orders/" + untouched + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));

        String shipped = place("mapl", "MAPL-MTL", List.of(line(1, w.sku(), 80, 1)));
        Commitment c = commitments(shipped).get(0);
        promises.confirm(c.id(), "ops-planner");
        shipments.record(new ShipmentRequest(new DistributorCode("MAPL"), shipped, null, "UPS", "1Z",
                List.of(new ShipmentLine(
                c.demandRef(), 50))), "ops-planner");
        given().auth().oauth2(Tokens.erp("mapl")).post("/api/v1/purchase-orders/" + shipped + "/cancel").then()
                .statusCode(200).body("status", equalTo("SHIPPED"), "lines[0].status", equalTo("SHIPPED"),
                        "lines[0].shippedQuantity", equalTo(50));
        given().auth().oauth2(Tokens.erp("mapl")).get("/api/v1/purchase-orders/" + shipped + "/acknowledgment")
                .then().statusCode(200).body("lines[0].answer", equalTo("ACCEPTED_QUANTITY_CHANGED"),
                        "lines[0].quantityAccepted", equalTo(50));
        assertEquals(0, supply.committedUnits(w.sku())[1], "nothing unshipped is still confirmed");
    }
}
