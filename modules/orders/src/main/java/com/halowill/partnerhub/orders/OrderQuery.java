package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.time.Instant;

/**
 * A page request over orders, newest first; a null distributor means every distributor (ops). Optional filters:
 * status, PO number, a part number on any line, received in {@code [receivedFrom, receivedBefore)}, updated since.
 */
public record OrderQuery(DistributorCode distributor, OrderStatus status, String poNumber, Sku sku,
        Instant receivedFrom, Instant receivedBefore, Instant updatedSince, int limit, String cursor) {

    /** Without the part-number and received filters. */
    public OrderQuery(DistributorCode distributor, OrderStatus status, String poNumber, Instant updatedSince,
            int limit, String cursor) {
        this(distributor, status, poNumber, null, null, null, updatedSince, limit, cursor);
    }
}
