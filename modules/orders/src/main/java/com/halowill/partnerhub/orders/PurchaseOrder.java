package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;
import java.util.List;

/** A purchase order as partners and ops see it. */
public record PurchaseOrder(OrderId id, String poNumber, DistributorCode distributor, String shipTo, String currency,
        Channel channel, OrderStatus status, String note, Instant createdAt, Instant updatedAt,
        List<OrderLine> lines) {
}
