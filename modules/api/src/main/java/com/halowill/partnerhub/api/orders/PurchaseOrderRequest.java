package com.halowill.partnerhub.api.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/purchase-orders}. */
public record PurchaseOrderRequest(String poNumber, String shipTo, String currency, List<Line> lines, String note) {

    /** One requested line; {@code unitPrice} is a decimal string such as {@code "629.00"}. */
    public record Line(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate,
            @Schema(type = SchemaType.STRING, description = "A decimal string, at most 2 decimals", example = "629.00")
            BigDecimal unitPrice) {
    }
}
