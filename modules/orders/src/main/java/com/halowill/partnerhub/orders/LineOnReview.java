package com.halowill.partnerhub.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order line held for ops at intake, with why: it holds no supply until released. */
public record LineOnReview(UUID orderId, String poNumber, String distributor, int lineNumber, String sku,
        int quantity, LocalDate requestedDate, BigDecimal value, String reason, Instant receivedAt) {
}
