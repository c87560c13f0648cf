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

    /** The order id written as text; empty when it is not a UUID (a reference that names no order). */
    public static java.util.Optional<OrderId> of(String text) {
        try {
            return java.util.Optional.of(parse(text));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
