package com.halowill.partnerhub.orders;

import java.util.UUID;

/** The distributor already has an order with this PO number (under another idempotency key). */
public class DuplicatePoNumber extends RuntimeException {

    private final UUID existingOrderId;

    public DuplicatePoNumber(String poNumber, UUID existingOrderId) {
        super("PO number '" + poNumber + "' is already used by order " + existingOrderId + ".");
        this.existingOrderId = existingOrderId;
    }

    public UUID existingOrderId() {
        return existingOrderId;
    }
}
