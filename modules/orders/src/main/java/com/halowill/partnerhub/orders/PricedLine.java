package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.DemandRef;
import java.math.BigDecimal;

/**
 * An order line's price as ops review it: the unit price on the line, the distributor's contract price today, and
 * whether a price decision is still owed ({@code PRICE_MISMATCH}).
 */
public record PricedLine(DemandRef demandRef, OrderId orderId, String poNumber, int lineNumber,
        DistributorCode distributor,
        String currency, BigDecimal unitPrice, BigDecimal contractPrice, boolean priceMismatch) {
}
