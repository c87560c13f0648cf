package com.halowill.partnerhub.orders;

import java.util.UUID;

/** A purchase order's id in Partner Hub, as the API, the portal and the X12 documents name the order. */
public record OrderId(UUID value) {

    public OrderId {
        if (value == null) {
            throw new IllegalArgumentException("an order id is never null");
        }
    }

    /** The order id written as text; IllegalArgumentException when it is not a UUID. */
    public static OrderId parse(String text) {
        return new OrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
