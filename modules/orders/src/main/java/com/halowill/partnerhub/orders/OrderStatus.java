package com.halowill.partnerhub.orders;

/** An order's place in its lifecycle, as the order API names it. */
public enum OrderStatus {
    RECEIVED, ACKNOWLEDGED, PARTIALLY_SHIPPED, SHIPPED, CLOSED, CANCELLED
}
