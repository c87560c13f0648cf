package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.Optional;

/** Reads purchase orders. */
public interface Orders {

    /** Any distributor's order (ops). */
    Optional<PurchaseOrder> find(OrderId id);

    /** The order only if it belongs to the distributor; someone else's order is simply not found. */
    Optional<PurchaseOrder> find(OrderId id, DistributorCode distributor);

    /** @throws IllegalArgumentException for a malformed cursor */
    OrderPage list(OrderQuery query);

    /**
     * The distributor's orders changed after a position of the change feed (null: from the start), oldest
     * change first. Only changes of transactions that have all finished are given, so polling with the
     * returned cursor never misses a change that commits late; the cursor is never null.
     *
     * @throws IllegalArgumentException for a malformed cursor
     */
    OrderPage changes(DistributorCode distributor, String after, int limit);
}
