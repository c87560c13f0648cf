package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.as;
import static com.halowill.partnerhub.app.api.PurchaseOrders.uniquePo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.Together;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Input that once crashed or silently changed an order is refused with a clear error, and nothing is stored. */
@QuarkusTest
class IntakeHardeningTest {

    private static final String SKU = "HW-QDD-400G-SR8";

    @TestHTTPResource("/")
    URL base;
    @Inject
    EntityManager em;
    @Inject
    Promises promises;

    private static Map<String, Object> order(String po, Map<String, Object> line) {
        return Map.of("poNumber", po, "shipTo", "PRDC-DSM", "currency", "USD", "lines", List.of(line));
    }

    private static Map<String, Object> line(Object quantity, Object requestedDate, Object unitPrice) {
        Map<String, Object> l = new java.util.LinkedHashMap<>(Map.of("lineNumber", 1, "sku", SKU, "quantity", quantity,
                "requestedDate", requestedDate));
        if (unitPrice != null) {
            l.put("unitPrice", unitPrice);
        }
        return l;
    }

    private static String in20Days() {
        return LocalDate.now().plusDays(20).toString();
    }

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return as(Tokens.erp("prdc")).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/purchase-orders").then();
    }

    @Test
    void a_price_with_a_huge_exponent_is_refused_as_a_validation_error_without_being_written_out() {
        String po = uniquePo("HUGE");
        post(order(po, line(20, in20Days(), "1e999999999"))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("lines[0].unitPrice"));
        post(order(uniquePo("BIG"), line(20, in20Days(), "12345678901.00"))).statusCode(400)
                .body("errors.field", hasItem("lines[0].unitPrice"));
        post(order(uniquePo("DEC"), line(20, in20Days(), "12.345"))).statusCode(400)
                .body("errors.field", hasItem("lines[0].unitPrice"));
        as(Tokens.erp("prdc")).queryParam("poNumber", po).get("/api/v1/purchase-orders").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void a_fractional_quantity_or_a_numeric_date_is_refused_with_the_field_named() {
        post(order(uniquePo("FRAC"), line(100.9, in20Days(), null))).statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
        post(order(uniquePo("NUMDATE"), line(20, 20270115, null))).statusCode(400)
                .body("errors[0].field", equalTo("lines[0].requestedDate"));
    }

    @Test
    void a_nul_character_or_a_date_beyond_reason_is_refused_not_a_500() {
        Map<String, Object> withNul = new java.util.HashMap<>(order(uniquePo("NUL"), line(20, in20Days(), null)));
        withNul.put("note", "line one\u0000two");
        post(withNul).statusCode(400).body("errors.field", hasItem("note"));
        Map<String, Object> skuNul = new java.util.LinkedHashMap<>(line(20, in20Days(), null));
        skuNul.put("sku", "HW-QDD\u0000-400G-SR8");
        post(order(uniquePo("SKUNUL"), skuNul)).statusCode(400).body("errors.field", hasItem("lines[0].sku"));
        post(order(uniquePo("FAR"), line(20, "9999-12-31", null))).statusCode(400)
                .body("errors.field", hasItem("lines[0].requestedDate"));
        post(order(uniquePo("FARTHER"), line(20, "+300000-01-01", null))).statusCode(400)
                .body("errors[0].field", equalTo("lines[0].requestedDate"));
    }

    @Test
    void a_form_body_is_a_415_problem_and_an_empty_form_is_an_empty_body() {
        io.restassured.RestAssured.given().auth().oauth2(Tokens.erp("nwos"))
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .formParam("poNumber", "FORM-1").post("/api/v1/purchase-orders").then().statusCode(415)
                .contentType("application/problem+json").body("type", endsWith("unsupported-media-type"));
        io.restassured.RestAssured.given().auth().oauth2(Tokens.erp("nwos"))
                .contentType("application/x-www-form-urlencoded")
                .post("/api/v1/purchase-orders/" + java.util.UUID.randomUUID() + "/cancel").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_limit_that_is_not_a_number_is_a_400_and_a_key_with_spaces_is_accepted() {
        as(Tokens.erp("prdc")).queryParam("limit", "abc").get("/api/v1/purchase-orders").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        as(Tokens.erp("prdc")).header("Idempotency-Key", "PO 2026 000123 attempt 1")
                .body(order(uniquePo("SPACE"), line(20, in20Days(), null))).post("/api/v1/purchase-orders").then()
                .statusCode(201);
    }

    @Test
    void an_erp_on_javas_http_client_asking_for_h2c_reads_and_orders_over_http_1_1() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "api/v1/products?lifecycle=ACTIVE"))
                .header("Authorization", "Bearer " + Tokens.erp("prdc"));
        HttpResponse<String> first = client.send(get.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"lifecycle\":\"ACTIVE\""), first.body());
        String po = uniquePo("H2C");
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/purchase-orders"))
                .header("Authorization", "Bearer " + Tokens.erp("prdc")).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"poNumber\":\"" + po + "\",\"shipTo\":\"PRDC-DSM\","
                        + "\"currency\":\"USD\",\"lines\":[{\"lineNumber\":1,\"sku\":\"" + SKU
                        + "\",\"quantity\":10,\"requestedDate\":\"" + in20Days() + "\"}]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> again = client.send(get.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(HttpClient.Version.HTTP_1_1, again.version());
    }

    @Test
    void a_chunked_body_over_the_limit_gets_a_413_problem() throws Exception {
        byte[] start = "{\"poNumber\":\"X\",\"note\":\"".getBytes(StandardCharsets.UTF_8);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(start),
                new ByteArrayInputStream(new byte[5 * 1024 * 1024]) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        int n = super.read(b, off, len);
                        for (int i = 0; i < n; i++) {
                            b[off + i] = 'a';
                        }
                        return n;
                    }
                });
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString() + "api/v1/purchase-orders")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.erp("prdc")).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains("payload-too-large"), r.body());
    }

    @Test
    void a_client_over_its_rate_limit_gets_429_with_retry_after() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "erp-limited",
                "client_secret", "erp-limited-secret")).post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        for (int i = 0; i < 5; i++) {
            as(token).get("/api/v1/purchase-orders").then().statusCode(200);
        }
        as(token).get("/api/v1/purchase-orders").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("type", endsWith("rate-limited"));
        as(Tokens.erp("prdc")).get("/api/v1/purchase-orders").then().statusCode(200);
    }

    @Test
    void every_request_counts_against_the_rate_limit_even_one_for_a_product_that_does_not_exist() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "erp-limited-probe",
                "client_secret", "erp-limited-probe-secret")).post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String probe = "HW-NO-SUCH-" + UUID.randomUUID();
        int answered404 = 0;
        for (int i = 0; i < 8; i++) {
            int status = as(token).get("/api/v1/products/" + probe).then().extract().statusCode();
            if (status == 404) {
                answered404++;
            } else {
                assertEquals(429, status, "a request over the limit is refused before the resource runs");
            }
        }
        assertEquals(5, answered404, "the client may make 5 requests a minute, each counts");
        as(token).get("/api/v1/purchase-orders").then().statusCode(429);
    }

    @Test
    void a_rate_bucket_whose_row_went_missing_is_made_again_instead_of_failing_requests() throws Exception {
        // A database restored or restarted without its bucket rows: the instance still holds the client's bucket.
        String token = Tokens.erp("mapl");
        as(token).get("/api/v1/purchase-orders").then().statusCode(200);
        Thread.sleep(300);
        as(token).get("/api/v1/purchase-orders").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from api.rate_bucket")
                .executeUpdate());
        Thread.sleep(300);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> as(token).get("/api/v1/purchase-orders").then().extract().statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200), Together.run(calls), "requests released together");
        for (int i = 0; i < 3; i++) {
            Thread.sleep(100);
            as(token).get("/api/v1/purchase-orders").then().statusCode(200);
        }
    }

    @Test
    void the_commitments_of_more_lines_than_a_query_can_bind_are_read_in_one_go() {
        List<String> refs = new ArrayList<>(IntStream.range(0, 70_000).mapToObj(i -> "order-line:" + UUID.randomUUID())
                .toList());
        assertEquals(0, promises.forDemands(DemandRef.all(refs)).size(), "70,000 references, one query, no error");
    }
}
