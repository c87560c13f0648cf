package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.time.Instant;
import java.util.List;

/**
 * Fired in the transaction that moves order lines and orders after commitments changed: each line's new schedule
 * (with why) and each order whose status changed. Notifications take these to partners.
 */
public record OrderUpdates(List<LineUpdate> lines, List<StatusUpdate> orders) {

    public OrderUpdates {
        lines = List.copyOf(lines);
        orders = List.copyOf(orders);
    }

    /** A line whose schedule or status changed, with the reason code the promise engine recorded. */
    public record LineUpdate(OrderId orderId, String poNumber, DistributorCode distributor, int lineNumber, Sku sku,
            String reasonCode, String reason, List<ScheduleLine> before, List<ScheduleLine> after, LineStatus status,
            int shippedQuantity, Instant at) {

        public LineUpdate {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** An order whose status changed. */
    public record StatusUpdate(OrderId orderId, String poNumber, DistributorCode distributor, OrderStatus before,
            OrderStatus after, Instant at) {
    }
}
