package com.halowill.partnerhub.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/purchase-orders}. */
public record PurchaseOrderRequest(String poNumber, String shipTo, String currency, List<Line> lines, String note) {

    /** One requested line; {@code unitPrice} is a decimal string such as {@code "629.00"}. */
    public record Line(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate,
            BigDecimal unitPrice) {
    }
}
