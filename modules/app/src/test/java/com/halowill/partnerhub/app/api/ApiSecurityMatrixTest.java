package com.halowill.partnerhub.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every API endpoint against every way in: each distributor's token on the others' orders and webhooks (404, and
 * nothing changes), people's tokens on operations their role may not use (403), no token, an expired token and a
 * token for another audience (401), always as problem+json.
 */
@QuarkusTest
class ApiSecurityMatrixTest {

    private static final String[][] DISTRIBUTORS = {{"nwos", "NWOS", "NWOS-ASH"}, {"casc", "CASC", "CASC-SEA"},
        {"prdc", "PRDC", "PRDC-DSM"}, {"mapl", "MAPL", "MAPL-MTL"}};
    private static final Map<String, String> ORDERS = new LinkedHashMap<>();
    private static final Map<String, String> WEBHOOKS = new LinkedHashMap<>();

    /** One endpoint: method, path with {id} (an order) or {hook} (a webhook), a body, and whether it writes. */
    private record Endpoint(String method, String path, String body, String contentType) {
        Response call(RequestSpecification as, String id) {
            RequestSpecification r = as.contentType(contentType == null ? "application/json" : contentType);
            if (body != null) {
                r = r.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String p = path.replace("{id}", id).replace("{hook}", id);
            return switch (method) {
                case "GET" -> r.get(p);
                case "POST" -> r.post(p);
                default -> r.delete(p);
            };
        }
    }

    private static final List<Endpoint> ORDER_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/purchase-orders/{id}", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/{id}/acknowledgment", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/{id}/commitment-history", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/{id}/change-requests", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/{id}/shipments", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/{id}/shipments/" + UUID.randomUUID(), null, null),
            new Endpoint("POST", "/api/v1/purchase-orders/{id}/change-requests",
                    "{\"lines\":[{\"lineNumber\":1,\"quantity\":20}]}", null),
            new Endpoint("POST", "/api/v1/purchase-orders/{id}/cancel", "", null));
    private static final List<Endpoint> HOOK_ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/webhooks/{hook}/deliveries", null, null),
            new Endpoint("DELETE", "/api/v1/webhooks/{hook}", null, null));
    private static final List<Endpoint> COLLECTIONS = List.of(
            new Endpoint("GET", "/api/v1/purchase-orders", null, null),
            new Endpoint("GET", "/api/v1/purchase-orders/changes", null, null),
            new Endpoint("GET", "/api/v1/products", null, null),
            new Endpoint("GET", "/api/v1/products/HW-OSFP-800G-DR8", null, null),
            new Endpoint("GET", "/api/v1/availability?sku=HW-OSFP-800G-DR8&quantity=10", null, null),
            new Endpoint("GET", "/api/v1/webhooks", null, null),
            new Endpoint("POST", "/api/v1/purchase-orders", "{}", null),
            new Endpoint("POST", "/api/v1/edi/x12", "ISA", "application/edi-x12"),
            new Endpoint("POST", "/api/v1/webhooks", "{}", null));

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }

    @BeforeEach
    void eachDistributorHasAnOrderAndAWebhook() {
        if (!ORDERS.isEmpty()) {
            return;
        }
        for (String[] d : DISTRIBUTORS) {
            ORDERS.put(d[1], as(Tokens.erp(d[0])).contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(PurchaseOrders.order(PurchaseOrders.uniquePo("SEC"), d[2], List.of(PurchaseOrders.line(1,
                            "HW-OSFP-800G-DR8", 10, PrivateSupply.friday(8))))).post("/api/v1/purchase-orders")
                    .then().statusCode(201).extract().path("id"));
            WEBHOOKS.put(d[1], as(Tokens.user(d[0] + "-admin")).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://127.0.0.1:9/" + d[0], "events", List.of("order.cancelled")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().path("id"));
        }
    }

    @Test
    void no_distributor_reaches_another_distributors_orders_or_webhooks_and_nothing_changes() {
        List<String> wrong = new ArrayList<>();
        for (String[] caller : DISTRIBUTORS) {
            String token = Tokens.erp(caller[0]);
            String admin = Tokens.user(caller[0] + "-admin");
            for (String[] owner : DISTRIBUTORS) {
                if (owner == caller) {
                    continue;
                }
                String order = ORDERS.get(owner[1]);
                for (Endpoint e : ORDER_ENDPOINTS) {
                    expect(e.call(as(token), order), 404, caller[1] + " " + e.method() + " " + e.path(), wrong);
                }
                for (Endpoint e : HOOK_ENDPOINTS) {
                    expect(e.call(as(admin), WEBHOOKS.get(owner[1])), 404, caller[1] + " admin " + e.method() + " "
                            + e.path(), wrong);
                }
            }
        }
        assertEquals(List.of(), wrong);
        for (String[] owner : DISTRIBUTORS) {
            as(Tokens.erp(owner[0])).get("/api/v1/purchase-orders/" + ORDERS.get(owner[1])).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.not("CANCELLED"), "lines[0].quantity",
                            org.hamcrest.Matchers.equalTo(10));
            as(Tokens.erp(owner[0])).get("/api/v1/purchase-orders/" + ORDERS.get(owner[1]) + "/change-requests")
                    .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
            as(Tokens.user(owner[0] + "-admin")).get("/api/v1/webhooks/" + WEBHOOKS.get(owner[1]) + "/deliveries")
                    .then().statusCode(200);
        }
    }

    @Test
    void people_may_only_do_what_their_role_allows() {
        List<String> wrong = new ArrayList<>();
        String viewer = Tokens.user("nwos-viewer");
        String nwosOrder = ORDERS.get("NWOS");
        for (Endpoint e : List.of(COLLECTIONS.get(6), COLLECTIONS.get(7), COLLECTIONS.get(8), ORDER_ENDPOINTS.get(6),
                ORDER_ENDPOINTS.get(7))) {
            expect(e.call(as(viewer), nwosOrder), 403, "viewer " + e.method() + " " + e.path(), wrong);
        }
        expect(COLLECTIONS.get(8).call(as(Tokens.user("nwos-buyer")), nwosOrder), 403, "buyer registers a webhook",
                wrong);
        expect(COLLECTIONS.get(8).call(as(Tokens.erp("nwos")), nwosOrder), 403, "ERP registers a webhook", wrong);
        String ops = Tokens.user("ops-planner");
        for (Endpoint e : COLLECTIONS) {
            if (!e.path().startsWith("/api/v1/products") && !e.path().startsWith("/api/v1/availability")) {
                expect(e.call(as(ops), nwosOrder), 403, "ops " + e.method() + " " + e.path(), wrong);
            }
        }
        expect(ORDER_ENDPOINTS.get(0).call(as(viewer), nwosOrder), 200, "viewer reads its order", wrong);
        assertEquals(List.of(), wrong);
    }

    @Test
    void without_a_valid_token_every_endpoint_is_401() throws InterruptedException {
        String expiring = given().formParams(Map.of("grant_type", "client_credentials", "client_id",
                "erp-shortlived", "client_secret", "erp-shortlived-secret"))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        as(expiring).get("/api/v1/purchase-orders").then().statusCode(200);
        String otherAudience = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "nwos-buyer", "password", Tokens.PASSWORD))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
        String forged = Tokens.erp("nwos");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        Thread.sleep(4500);
        List<String> wrong = new ArrayList<>();
        String order = ORDERS.get("NWOS");
        List<Endpoint> all = new ArrayList<>(COLLECTIONS);
        all.addAll(ORDER_ENDPOINTS);
        all.addAll(HOOK_ENDPOINTS);
        for (Endpoint e : all) {
            String id = HOOK_ENDPOINTS.contains(e) ? WEBHOOKS.get("NWOS") : order;
            expect(e.call(given().accept(ContentType.JSON), id), 401, "no token " + e.method() + " " + e.path(), wrong);
            expect(e.call(as(expiring), id), 401, "expired " + e.method() + " " + e.path(), wrong);
            expect(e.call(as(otherAudience), id), 401, "audience " + e.method() + " " + e.path(), wrong);
            expect(e.call(as(forged), id), 401, "forged " + e.method() + " " + e.path(), wrong);
        }
        assertEquals(List.of(), wrong);
    }

    private static void expect(Response r, int status, String what, List<String> wrong) {
        boolean problem = status < 400 || r.contentType().startsWith("application/problem+json");
        if (r.statusCode() != status || !problem) {
            wrong.add(what + ": " + r.statusCode() + " " + r.contentType());
        }
        assertTrue(wrong.size() < 50, String.join("\n", wrong));
    }
}
