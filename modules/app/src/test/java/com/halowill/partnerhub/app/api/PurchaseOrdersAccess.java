package com.halowill.partnerhub.app.api;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;

/** Submits a one-line purchase order through the real API and returns the order id (201 expected). */
public final class PurchaseOrdersAccess {

    private PurchaseOrdersAccess() {
    }

    public static String submit(String token, String key, String po, String shipTo, String sku, int quantity,
            LocalDate requested) {
        return post(token, key, po, shipTo, sku, quantity, requested).then().statusCode(201).extract().path("id");
    }

    /** The same order posted, whatever the answer. */
    public static Response post(String token, String key, String po, String shipTo, String sku, int quantity,
            LocalDate requested) {
        return PurchaseOrders.as(token).header("Idempotency-Key", key)
                .body(PurchaseOrders.order(po, shipTo, List.of(PurchaseOrders.line(1, sku, quantity, requested))))
                .post("/api/v1/purchase-orders");
    }
}
