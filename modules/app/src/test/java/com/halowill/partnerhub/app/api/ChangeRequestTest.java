package com.halowill.partnerhub.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.ChangeRequestState;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Change requests: what the engine can keep without moving anyone else is done at once; the rest waits for ops,
 * changing nothing meanwhile; a line never goes below what shipped; every error names its field.
 */
@QuarkusTest
class ChangeRequestTest {

    @Inject
    PrivateSupply supply;
    @Inject
    Promises promises;
    @Inject
    Orders orders;
    @Inject
    ChangeRequests changeRequests;
    @Inject
    Shipments shipments;

    private static String place(String erp, String shipTo, String sku, int quantity, int week) {
        return given().auth().oauth2(Tokens.erp(erp)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("poNumber", "CR-" + UUID.randomUUID(), "shipTo", shipTo, "currency", "USD", "lines",
                        List.of(Map.of("lineNumber", 1, "sku", sku, "quantity", quantity, "requestedDate",
                                PrivateSupply.friday(week).toString()))))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse change(String erp, String orderId, Object body) {
        return given().auth().oauth2(Tokens.erp(erp)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/purchase-orders/" + orderId + "/change-requests").then();
    }

    private static ValidatableResponse change(String erp, String orderId, String key, Object body) {
        return given().auth().oauth2(Tokens.erp(erp)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/purchase-orders/" + orderId + "/change-requests").then();
    }

    private Commitment commitment(String orderId) {
        DemandRef ref = QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId)).orElseThrow()
                .lines().get(0).demandRef());
        return promises.forDemands(List.of(ref)).get(0);
    }

    private OrderLine line(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> orders.find(OrderId.parse(orderId)).orElseThrow()
                .lines().get(0));
    }

    @Test
    void a_reduction_is_accepted_at_once_releases_supply_and_is_in_the_history() {
        PrivateSupply.World w = supply.product("CRR", 1, Map.of(2, 100), 100_000);
        String id = place("casc", "CASC-SEA", w.sku(), 50, 3);
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 30)), "note", "forecast cut"))
                .statusCode(202).body("state", equalTo("ACCEPTED"), "lines[0].outcome", equalTo("ACCEPTED"),
                        "lines[0].fromQuantity", equalTo(50), "lines[0].quantity", equalTo(30));
        assertEquals(30, line(id).quantity());
        assertArrayEquals(new int[] {30, 0}, supply.committedUnits(w.sku()), "20 units are free again");
        given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id + "/commitment-history").then()
                .statusCode(200).body("lines[0].history.action", hasItem("CHANGED"),
                        "lines[0].history.reasonCode", hasItem("CUSTOMER_REQUEST"));
        given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id + "/change-requests").then()
                .statusCode(200).body("state", contains("ACCEPTED"), "note", contains("forecast cut"));
    }

    @Test
    void an_increase_from_free_supply_is_accepted_at_once_with_the_new_date() {
        PrivateSupply.World w = supply.product("CRI", 1, Map.of(2, 100), 100_000);
        String id = place("prdc", "PRDC-DSM", w.sku(), 30, 3);
        change("prdc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 60,
                "requestedDate", PrivateSupply.friday(4).toString()))))
                .statusCode(202).body("state", equalTo("ACCEPTED"));
        OrderLine l = line(id);
        assertEquals(60, l.quantity());
        assertEquals(PrivateSupply.friday(4), l.requestedDate());
        assertEquals(60, commitment(id).acceptedQuantity());
        assertArrayEquals(new int[] {60, 0}, supply.committedUnits(w.sku()));
    }

    @Test
    void an_increase_beyond_free_supply_waits_for_ops_and_moves_nobody_until_they_decide() {
        PrivateSupply.World w = supply.product("CRP", 1, Map.of(2, 100), 100_000);
        String other = place("mapl", "MAPL-MTL", w.sku(), 60, 3);
        String id = place("casc", "CASC-SEA", w.sku(), 30, 3);
        Commitment otherBefore = commitment(other);
        Commitment mineBefore = commitment(id);
        String requestId = change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 60))))
                .statusCode(202).body("state", equalTo("PENDING_REVIEW"), "lines[0].outcome", equalTo("PENDING_REVIEW"))
                .extract().path("id");
        assertEquals(mineBefore.schedule(), commitment(id).schedule(), "the waiting line keeps its commitment");
        assertEquals(30, line(id).quantity());
        assertEquals(otherBefore.schedule(), commitment(other).schedule());
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 40)))).statusCode(400)
                .body("errors.field", contains("lines[0].lineNumber"));

        var decided = changeRequests.accept(UUID.fromString(requestId), "ops-planner", "10 more in a later build");
        assertEquals(ChangeRequestState.ACCEPTED, decided.state());
        Commitment after = commitment(id);
        assertEquals(60, after.quantity());
        assertEquals(20, after.backorderedQuantity(), "only 40 units were free (100 less the other's 60): 20 wait");
        assertEquals(otherBefore.schedule(), commitment(other).schedule(), "the other distributor never moved");
        assertEquals(60, line(id).quantity());
    }

    @Test
    void a_rejected_request_leaves_the_line_as_it_was() {
        PrivateSupply.World w = supply.product("CRJ", 1, Map.of(2, 50), 100_000);
        String id = place("nwos", "NWOS-ASH", w.sku(), 50, 3);
        Commitment before = commitment(id);
        String requestId = change("nwos", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 80))))
                .statusCode(202).body("state", equalTo("PENDING_REVIEW")).extract().path("id");
        changeRequests.reject(UUID.fromString(requestId), "ops-planner", "no supply this quarter");
        assertEquals(before.schedule(), commitment(id).schedule());
        assertEquals(50, line(id).quantity());
        given().auth().oauth2(Tokens.erp("nwos")).get("/api/v1/purchase-orders/" + id + "/change-requests").then()
                .body("state", contains("REJECTED"), "lines[0].outcome", contains("REJECTED"));
    }

    @Test
    void cancelling_a_line_by_change_request_releases_it() {
        PrivateSupply.World w = supply.product("CRC", 1, Map.of(2, 100), 100_000);
        String id = place("casc", "CASC-SEA", w.sku(), 40, 3);
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "cancel", true)))).statusCode(202)
                .body("state", equalTo("ACCEPTED"), "lines[0].cancel", equalTo(true));
        assertArrayEquals(new int[] {0, 0}, supply.committedUnits(w.sku()));
        given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id).then()
                .body("lines[0].status", equalTo("CANCELLED"));
    }

    @Test
    void a_line_cannot_go_below_what_shipped() {
        PrivateSupply.World w = supply.product("CRS", 1, Map.of(4, 100), 100_000);
        supply.stock(w, "FRE-HUB", 40);
        String id = place("mapl", "MAPL-MTL", w.sku(), 40, 1);
        Commitment c = commitment(id);
        promises.confirm(c.id(), "ops-planner");
        shipments.record(new ShipmentRequest(new DistributorCode("MAPL"), id, null, "UPS", "1Z",
                List.of(new ShipmentLine(
                c.demandRef(), 25))), "ops-planner");
        change("mapl", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 20)))).statusCode(400)
                .body("errors.field", contains("lines[0].quantity"),
                        "errors.message", contains("cannot go below the 25 already shipped"));
        change("mapl", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 25)))).statusCode(202)
                .body("state", equalTo("ACCEPTED"));
        assertEquals(25, commitment(id).acceptedQuantity());
        assertArrayEquals(new int[] {0, 0}, supply.committedUnits(w.sku()), "nothing unshipped is held any more");
    }

    @Test
    void every_invalid_change_is_reported_at_once_and_nothing_changes() {
        PrivateSupply.World w = supply.product("CRV", 1, Map.of(2, 100), 100_000);
        String id = place("casc", "CASC-SEA", w.sku(), 40, 3);
        Commitment before = commitment(id);
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 9, "quantity", 10),
                Map.of("lineNumber", 1, "quantity", 0),
                Map.of("lineNumber", 1, "requestedDate", "2020-01-01"))))
                .statusCode(400).body("errors.field", containsInAnyOrder("lines[0].lineNumber", "lines[1].quantity",
                        "lines[2].lineNumber"));
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "requestedDate", "2020-01-01"))))
                .statusCode(400).body("errors.field", contains("lines[0].requestedDate"));
        change("casc", id, Map.of("lines", List.of())).statusCode(400).body("errors.field", contains("lines"));
        change("casc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantty", 20)))).statusCode(400);
        assertEquals(before.schedule(), commitment(id).schedule());
        change("nwos", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 20)))).statusCode(404);
        String nwosOrder = place("nwos", "NWOS-ASH", w.sku(), 10, 3);
        given().auth().oauth2(Tokens.user("nwos-viewer")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 20))))
                .post("/api/v1/purchase-orders/" + nwosOrder + "/change-requests").then().statusCode(403);
        assertEquals(40, line(id).quantity());
    }

    @Test
    void a_change_request_sent_again_with_its_key_changes_the_line_once_and_answers_the_first() {
        PrivateSupply.World w = supply.product("CRK", 1, Map.of(2, 100), 100_000);
        String id = place("casc", "CASC-SEA", w.sku(), 50, 3);
        String key = UUID.randomUUID().toString();
        Map<String, Object> cut = Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 30)));
        String first = change("casc", id, key, cut).statusCode(202).extract().path("id");
        String again = change("casc", id, key, cut).statusCode(202).body("state", equalTo("ACCEPTED")).extract()
                .path("id");
        assertEquals(first, again, "the retry answers the first request");
        assertEquals(30, line(id).quantity());
        assertArrayEquals(new int[] {30, 0}, supply.committedUnits(w.sku()));
        change("casc", id, key, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 20)))).statusCode(422)
                .contentType("application/problem+json");
        assertEquals(30, line(id).quantity(), "another request under the same key changes nothing");
        given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id + "/change-requests").then()
                .statusCode(200).body("id", contains(first));
    }

    @Test
    void a_line_of_a_product_past_its_last_time_buy_can_be_reduced_but_not_increased() {
        PrivateSupply.World w = supply.product("CRE", 1, Map.of(2, 100), 100_000);
        String id = place("prdc", "PRDC-DSM", w.sku(), 30, 3);
        supply.endOfLife(w);
        change("prdc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 60)))).statusCode(400)
                .body("errors.field", contains("lines[0].quantity"),
                        "errors.message", contains(org.hamcrest.Matchers.containsString("past its last-time-buy")));
        assertEquals(30, line(id).quantity());
        change("prdc", id, Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 20)))).statusCode(202)
                .body("state", equalTo("ACCEPTED"));
        assertEquals(20, line(id).quantity());
    }

    @Test
    void a_shipment_recorded_twice_with_one_form_key_ships_once_and_answers_the_first() {
        PrivateSupply.World w = supply.product("SHK", 1, Map.of(), 100_000);
        supply.stock(w, "PEN-FG", 40);
        String id = place("mapl", "MAPL-MTL", w.sku(), 40, 1);
        Commitment c = commitment(id);
        promises.confirm(c.id(), "ops-planner");
        String key = UUID.randomUUID().toString();
        ShipmentRequest twice = new ShipmentRequest(new DistributorCode("MAPL"), id, null, "UPS", "1Z-KEY",
                List.of(new ShipmentLine(
                c.demandRef(), 10)), key);
        var first = shipments.record(twice, "ops-planner");
        var again = shipments.record(twice, "ops-planner");
        assertEquals(first.id(), again.id());
        assertEquals(1, shipments.forReference(id).size());
        assertEquals(10, commitment(id).shippedQuantity(), "the units were issued once");
        assertEquals(30, supply.stockOnHand(w, "PEN-FG"));
    }
}
