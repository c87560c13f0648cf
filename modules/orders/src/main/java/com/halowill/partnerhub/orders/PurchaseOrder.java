package com.halowill.partnerhub.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A purchase order as partners and ops see it. */
public record PurchaseOrder(UUID id, String poNumber, String distributor, String shipTo, String currency,
        Channel channel, OrderStatus status, String note, Instant createdAt, Instant updatedAt,
        List<OrderLine> lines) {
}
