package com.halowill.partnerhub.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
    public record LineUpdate(UUID orderId, String poNumber, String distributor, int lineNumber, String sku,
            String reasonCode, String reason, List<ScheduleLine> before, List<ScheduleLine> after, LineStatus status,
            int shippedQuantity, Instant at) {

        public LineUpdate {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** An order whose status changed. */
    public record StatusUpdate(UUID orderId, String poNumber, String distributor, OrderStatus before,
            OrderStatus after, Instant at) {
    }
}
