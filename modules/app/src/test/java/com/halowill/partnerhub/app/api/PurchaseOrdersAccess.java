package com.halowill.partnerhub.app.api;

import java.time.LocalDate;
import java.util.List;

/** Submits a one-line purchase order through the real API and returns the order id (201 expected). */
public final class PurchaseOrdersAccess {

    private PurchaseOrdersAccess() {
    }

    public static String submit(String token, String key, String po, String shipTo, String sku, int quantity,
            LocalDate requested) {
        return PurchaseOrders.as(token).header("Idempotency-Key", key)
                .body(PurchaseOrders.order(po, shipTo, List.of(PurchaseOrders.line(1, sku, quantity, requested))))
                .post("/api/v1/purchase-orders").then().statusCode(201).extract().path("id");
    }
}
