package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentConfirmed;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Moves an order line (and its order) forward when ops confirms the line's commitment. */
@ApplicationScoped
class LineCommitments {

    void onConfirmed(@Observes CommitmentConfirmed event) {
        Commitment c = event.commitment();
        OrderLineEntity line = OrderLineEntity.find("demandRef", c.demandRef()).firstResult();
        if (line == null) {
            return;
        }
        line.status = c.backordered() ? LineStatus.BACKORDERED
                : c.late() ? LineStatus.COMMITTED_LATE : LineStatus.COMMITTED;
        PurchaseOrderEntity order = line.order;
        order.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (order.status == OrderStatus.RECEIVED
                && order.lines.stream().noneMatch(l -> l.status == LineStatus.PENDING_COMMITMENT)) {
            order.status = OrderStatus.ACKNOWLEDGED;
        }
    }
}
