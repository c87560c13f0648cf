package com.halowill.partnerhub.orders;

import java.time.Instant;

/**
 * A page request over orders, newest first; a null distributor means every distributor (ops). Optional filters:
 * status, PO number, a part number on any line, received in {@code [receivedFrom, receivedBefore)}, updated since.
 */
public record OrderQuery(String distributor, OrderStatus status, String poNumber, String sku, Instant receivedFrom,
        Instant receivedBefore, Instant updatedSince, int limit, String cursor) {

    /** Without the part-number and received filters. */
    public OrderQuery(String distributor, OrderStatus status, String poNumber, Instant updatedSince, int limit,
            String cursor) {
        this(distributor, status, poNumber, null, null, null, updatedSince, limit, cursor);
    }
}
