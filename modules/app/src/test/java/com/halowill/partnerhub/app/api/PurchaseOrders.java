package com.halowill.partnerhub.app.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds purchase-order requests for the API tests. */
final class PurchaseOrders {

    private PurchaseOrders() {
    }

    static String uniquePo(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> line(int number, String sku, int quantity, LocalDate requested) {
        return Map.of("lineNumber", number, "sku", sku, "quantity", quantity, "requestedDate", requested.toString());
    }

    static Map<String, Object> order(String poNumber, String shipTo, List<Map<String, Object>> lines) {
        return Map.of("poNumber", poNumber, "shipTo", shipTo, "currency", "USD", "lines", lines);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
