package com.halowill.partnerhub.orders;

import java.time.Instant;

/** A page request over orders, newest first; a null distributor means every distributor (ops). */
public record OrderQuery(String distributor, OrderStatus status, String poNumber, Instant updatedSince, int limit,
        String cursor) {
}
