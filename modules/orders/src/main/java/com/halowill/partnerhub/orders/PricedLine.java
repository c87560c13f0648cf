package com.halowill.partnerhub.orders;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order line's price as ops review it: the unit price on the line, the distributor's contract price today, and
 * whether a price decision is still owed ({@code PRICE_MISMATCH}).
 */
public record PricedLine(String demandRef, UUID orderId, String poNumber, int lineNumber, String distributor,
        String currency, BigDecimal unitPrice, BigDecimal contractPrice, boolean priceMismatch) {
}
