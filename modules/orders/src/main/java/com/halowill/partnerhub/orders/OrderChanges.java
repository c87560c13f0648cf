package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.Optional;

/** What a distributor changes on an order after placing it. */
public interface OrderChanges {

    /**
     * Cancels what has not shipped of the distributor's order: every open line's supply is released, shipped
     * units stay. Cancelling again changes nothing. Empty when the order is not the distributor's.
     */
    Optional<PurchaseOrder> cancel(OrderId orderId, DistributorCode distributor, String actor);
}
