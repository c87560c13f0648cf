package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.OrderChanges;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cancels orders through the promise engine, which releases their supply; lines follow its event. */
@ApplicationScoped
@RetriedOnConflict
class OrderCancellation implements OrderChanges {

    private final Promises promises;
    private final OrderReading reading;
    private final OrderReviewDesk reviews;
    private final ReviewRules rules;

    OrderCancellation(Promises promises, OrderReading reading, OrderReviewDesk reviews, ReviewRules rules) {
        this.promises = promises;
        this.reading = reading;
        this.reviews = reviews;
        this.rules = rules;
    }

    @Override
    @Transactional
    public Optional<PurchaseOrder> cancel(OrderId id, DistributorCode distributor, String actor) {
        UUID orderId = id.value();
        Optional<PurchaseOrder> order = reading.find(id, distributor);
        if (order.isEmpty()) {
            return order;
        }
        List<UUID> open = promises.forDemands(order.get().lines().stream().map(l -> l.demandRef())
                .toList()).stream()
                .filter(Commitment::open).map(Commitment::id).toList();
        if (!open.isEmpty()) {
            promises.cancel(open, actor, null);
        }
        reviews.cancelHeld(orderId, actor);
        rules.forget(order.get().distributor().value());
        return reading.find(id, distributor);
    }
}
