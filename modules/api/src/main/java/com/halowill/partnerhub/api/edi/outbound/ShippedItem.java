package com.halowill.partnerhub.api.edi.outbound;

import java.math.BigDecimal;
import java.util.Objects;

/** One shipped item of an 856: PO line number (LIN01), vendor SKU (LIN VP) and quantity shipped in eaches (SN1). */
public record ShippedItem(String lineNumber, String sku, BigDecimal quantity, String buyerPart) {

    public ShippedItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("shipped quantity must be positive: " + quantity);
        }
    }
}
