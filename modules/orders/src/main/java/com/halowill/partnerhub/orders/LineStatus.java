package com.halowill.partnerhub.orders;

/**
 * An order line's state, as the order API names it; {@code ON_REVIEW}: held for ops (far above the distributor's
 * normal size, or past its credit limit), the line holds no supply until ops release it.
 */
public enum LineStatus {
    PENDING_COMMITMENT, ON_REVIEW, COMMITTED, COMMITTED_LATE, BACKORDERED, REJECTED, PARTIALLY_SHIPPED, SHIPPED, CANCELLED
}
