package com.halowill.partnerhub.orders;

import java.util.Optional;
import java.util.UUID;

/** Reads purchase orders. */
public interface Orders {

    /** Any distributor's order (ops). */
    Optional<PurchaseOrder> find(UUID id);

    /** The order only if it belongs to the distributor; someone else's order is simply not found. */
    Optional<PurchaseOrder> find(UUID id, String distributor);

    /** @throws IllegalArgumentException for a malformed cursor */
    OrderPage list(OrderQuery query);
}
