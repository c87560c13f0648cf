package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.as;
import static com.halowill.partnerhub.app.api.PurchaseOrders.line;
import static com.halowill.partnerhub.app.api.PurchaseOrders.order;
import static com.halowill.partnerhub.app.api.PurchaseOrders.uniquePo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseOrderApiTest {

    private static final String SKU = "HW-OSFP-800G-DR8";
    private static final LocalDate IN_A_MONTH = LocalDate.now().plusDays(30);

    private static String nwos() {
        return Tokens.erp("nwos");
    }

    private static Map<String, Object> simpleOrder(String po) {
        return order(po, "NWOS-ASH", List.of(line(1, SKU, 500, IN_A_MONTH)));
    }

    @Test
    void a_valid_order_is_created_with_its_location_and_lines_pending_commitment() {
        String po = uniquePo("NW");
        String id = as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(simpleOrder(po))
                .post("/api/v1/purchase-orders")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/purchase-orders/"))
                .body("poNumber", equalTo(po), "distributor", equalTo("NWOS"), "channel", equalTo("API"),
                        "status", equalTo("RECEIVED"), "currency", equalTo("USD"),
                        "lines[0].status", equalTo("PENDING_COMMITMENT"), "lines[0].quantity", equalTo(500),
                        "lines[0].commitments.state", everyItem(equalTo("PROPOSED")),
                        "lines[0].commitments.quantity.sum()", equalTo(500), "lines[0].shippedQuantity", equalTo(0))
                .extract().path("id");
        as(nwos()).get("/api/v1/purchase-orders/" + id).then().statusCode(200)
                .body("id", equalTo(id), "lines[0].sku", equalTo(SKU), "lines[0].requestedDate",
                        equalTo(IN_A_MONTH.toString()));
    }

    @Test
    void the_location_header_points_at_the_created_order() {
        var response = as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(simpleOrder(uniquePo("NW"))).post("/api/v1/purchase-orders").then().statusCode(201).extract();
        String id = response.path("id");
        assertEquals("/api/v1/purchase-orders/" + id,
                java.net.URI.create(response.header("Location")).getPath());
    }

    @Test
    void a_retry_with_the_same_key_and_body_returns_the_same_order_and_creates_no_second_one() {
        String po = uniquePo("NW");
        String key = UUID.randomUUID().toString();
        String first = as(nwos()).header("Idempotency-Key", key).body(simpleOrder(po))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        String second = as(nwos()).header("Idempotency-Key", key).body(simpleOrder(po))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        assertEquals(first, second);
        as(nwos()).queryParam("poNumber", po).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("items", hasSize(1), "items[0].id", equalTo(first));
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        String key = UUID.randomUUID().toString();
        String po = uniquePo("NW");
        as(nwos()).header("Idempotency-Key", key).body(simpleOrder(po)).post("/api/v1/purchase-orders")
                .then().statusCode(201);
        as(nwos()).header("Idempotency-Key", key)
                .body(order(po, "NWOS-ASH", List.of(line(1, SKU, 600, IN_A_MONTH))))
                .post("/api/v1/purchase-orders")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("idempotency-key-reuse"), "status", equalTo(422));
    }

    @Test
    void a_po_number_used_under_another_key_is_a_409_naming_the_existing_order() {
        String po = uniquePo("NW");
        String id = as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(simpleOrder(po))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(simpleOrder(po))
                .post("/api/v1/purchase-orders")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(id), "type", endsWith("duplicate-po-number"));
    }

    @Test
    void every_invalid_line_is_reported_at_once_and_nothing_is_stored() {
        String po = uniquePo("NW");
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(po, "NWOS-ASH", List.of(
                        line(1, SKU, 500, IN_A_MONTH),
                        line(2, "HW-DOES-NOT-EXIST", 10, IN_A_MONTH),
                        line(3, SKU, 15, IN_A_MONTH),
                        line(3, SKU, 0, LocalDate.now().minusDays(1)),
                        line(5, "HW-Q56-200G-FR4", 10, IN_A_MONTH))))
                .post("/api/v1/purchase-orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "title", notNullValue(),
                        "errors.field", hasItems("lines[1].sku", "lines[2].quantity", "lines[3].lineNumber",
                                "lines[3].quantity", "lines[3].requestedDate", "lines[4].sku"),
                        "errors.field", not(hasItem("lines[0].sku")));
        as(nwos()).queryParam("poNumber", po).get("/api/v1/purchase-orders").then().body("items", empty());
    }

    @Test
    void ship_to_of_another_distributor_and_unsupported_currency_are_rejected() {
        Map<String, Object> body = Map.of("poNumber", uniquePo("NW"), "shipTo", "CASC-SEA", "currency", "EUR",
                "lines", List.of(line(1, SKU, 10, IN_A_MONTH)));
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/purchase-orders").then().statusCode(400)
                .body("errors.field", hasItems("shipTo", "currency"));
    }

    @Test
    void a_price_other_than_the_callers_price_is_accepted_and_flagged_for_review() {
        String price = as(nwos()).get("/api/v1/products/" + SKU).then().statusCode(200).extract().path("unitPrice");
        String higher = new BigDecimal(price).add(BigDecimal.ONE).toPlainString();
        Map<String, Object> matching = Map.of("lineNumber", 1, "sku", SKU, "quantity", 10,
                "requestedDate", IN_A_MONTH.toString(), "unitPrice", price);
        Map<String, Object> differing = Map.of("lineNumber", 2, "sku", SKU, "quantity", 10,
                "requestedDate", IN_A_MONTH.toString(), "unitPrice", higher);
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(uniquePo("NW"), "NWOS-ASH", List.of(matching, differing)))
                .post("/api/v1/purchase-orders").then().statusCode(201)
                .body("lines[0].flags", empty(), "lines[0].unitPrice", equalTo(price),
                        "lines[1].flags", hasItem("PRICE_MISMATCH"));
    }

    @Test
    void a_missing_or_malformed_idempotency_key_is_a_400() {
        as(nwos()).body(simpleOrder(uniquePo("NW"))).post("/api/v1/purchase-orders")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        as(nwos()).header("Idempotency-Key", "x".repeat(256)).body(simpleOrder(uniquePo("NW")))
                .post("/api/v1/purchase-orders").then().statusCode(400);
    }

    @Test
    void malformed_json_wrong_types_and_unknown_fields_are_400_problems_not_500s() {
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body("{\"poNumber\": \"NW-1\", \"lines\": [")
                .post("/api/v1/purchase-orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("malformed-json"), "detail", not(containsString("Exception")));
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"poNumber\":\"NW-2\",\"shipTo\":\"NWOS-ASH\",\"currency\":\"USD\",\"lines\":"
                        + "[{\"lineNumber\":1,\"sku\":\"" + SKU + "\",\"quantity\":\"lots\",\"requestedDate\":\"2030-01-01\"}]}")
                .post("/api/v1/purchase-orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[0].quantity"));
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"poNumber\":\"NW-3\",\"shipTo\":\"NWOS-ASH\",\"currency\":\"USD\",\"discount\":99,\"lines\":[]}")
                .post("/api/v1/purchase-orders")
                .then().statusCode(400).body("errors[0].message", containsString("discount"));
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"poNumber\":\"NW-4\",\"shipTo\":\"NWOS-ASH\",\"currency\":\"USD\",\"lines\":"
                        + "[{\"lineNumber\":1,\"sku\":\"" + SKU + "\",\"quantity\":10,\"requestedDate\":\"15/01/2027\"}]}")
                .post("/api/v1/purchase-orders")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].requestedDate"));
    }

    @Test
    void an_oversized_body_is_refused_with_413_before_it_is_read() {
        String huge = "{\"poNumber\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(huge)
                .post("/api/v1/purchase-orders")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void another_distributors_order_is_not_found_and_not_listed() {
        String po = uniquePo("NW");
        String id = as(nwos()).header("Idempotency-Key", UUID.randomUUID().toString()).body(simpleOrder(po))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
        as(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        as(Tokens.erp("casc")).queryParam("poNumber", po).get("/api/v1/purchase-orders")
                .then().statusCode(200).body("items", empty());
        as(nwos()).get("/api/v1/purchase-orders/not-a-uuid").then().statusCode(404);
    }

    @Test
    void without_a_valid_token_the_api_answers_401_problems() {
        given().accept(ContentType.JSON).get("/api/v1/purchase-orders")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("not-a-token").accept(ContentType.JSON).get("/api/v1/purchase-orders")
                .then().statusCode(401).contentType("application/problem+json");
        String forged = nwos().substring(0, nwos().lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/api/v1/purchase-orders").then().statusCode(401);
    }

    @Test
    void a_retry_answers_exactly_what_the_first_call_answered_even_after_the_order_changed() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = simpleOrder(uniquePo("NW"));
        var first = as(nwos()).header("Idempotency-Key", key).body(body).post("/api/v1/purchase-orders").then()
                .statusCode(201).extract();
        String id = first.path("id");
        as(nwos()).post("/api/v1/purchase-orders/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        var again = as(nwos()).header("Idempotency-Key", key).body(body).post("/api/v1/purchase-orders").then()
                .statusCode(201).extract();
        assertEquals(first.asString(), again.asString(), "the very same answer, byte for byte");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("RECEIVED", again.path("status"));
    }

    @Test
    void a_token_issued_for_another_audience_is_refused() {
        String adminCliToken = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "nwos-buyer", "password", Tokens.PASSWORD))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        as(adminCliToken).get("/api/v1/purchase-orders").then().statusCode(401)
                .contentType("application/problem+json");
        as(nwos()).get("/api/v1/purchase-orders").then().statusCode(200);
    }

    @Test
    void a_role_that_may_not_order_gets_403() {
        as(Tokens.user("nwos-viewer")).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(simpleOrder(uniquePo("NW"))).post("/api/v1/purchase-orders")
                .then().statusCode(403).contentType("application/problem+json");
        as(Tokens.user("nwos-viewer")).get("/api/v1/purchase-orders").then().statusCode(200);
        as(Tokens.user("ops-planner")).get("/api/v1/purchase-orders")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_portal_users_token_orders_for_their_own_distributor() {
        as(Tokens.user("casc-buyer")).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(uniquePo("CA"), "CASC-SEA", List.of(line(1, "HW-OSFP-800G-2FR4", 20, IN_A_MONTH))))
                .post("/api/v1/purchase-orders").then().statusCode(201).body("distributor", equalTo("CASC"));
    }

    @Test
    void orders_are_listed_newest_first_in_cursor_pages() {
        String prefix = "PG-" + UUID.randomUUID().toString().substring(0, 6);
        String token = Tokens.erp("prdc");
        for (int i = 0; i < 3; i++) {
            as(token).header("Idempotency-Key", prefix + i)
                    .body(order(prefix + "-" + i, "PRDC-DSM", List.of(line(1, "HW-QDD-400G-FR4", 10, IN_A_MONTH))))
                    .post("/api/v1/purchase-orders").then().statusCode(201);
        }
        var page1 = as(token).queryParam("limit", 2).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("items", hasSize(2), "nextCursor", notNullValue()).extract();
        assertEquals(prefix + "-2", page1.<String>path("items[0].poNumber"));
        String cursor = page1.path("nextCursor");
        var page2 = as(token).queryParam("limit", 2).queryParam("cursor", cursor).get("/api/v1/purchase-orders")
                .then().statusCode(200).extract();
        assertNotEquals(page1.<String>path("items[1].id"), page2.<String>path("items[0].id"));
        assertEquals(prefix + "-0", page2.<String>path("items[0].poNumber"));
        as(token).queryParam("limit", 500).get("/api/v1/purchase-orders").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(token).queryParam("cursor", "garbage!").get("/api/v1/purchase-orders").then().statusCode(400);
        as(token).queryParam("status", "NOPE").get("/api/v1/purchase-orders").then().statusCode(400);
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        as(Tokens.erp("mapl")).queryParam("limit", 200).queryParam("poNumber", "no-such-po")
                .get("/api/v1/purchase-orders").then().statusCode(200).body("nextCursor", nullValue());
    }
}
