package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An order line held for ops at intake, with why: it holds no supply until released. */
public record LineOnReview(OrderId orderId, String poNumber, DistributorCode distributor, int lineNumber, Sku sku,
        int quantity, LocalDate requestedDate, BigDecimal value, String reason, Instant receivedAt) {
}
