package com.halowill.partnerhub.orders;

/** An order line's state, as the order API names it. */
public enum LineStatus {
    PENDING_COMMITMENT, COMMITTED, COMMITTED_LATE, BACKORDERED, REJECTED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED
}
