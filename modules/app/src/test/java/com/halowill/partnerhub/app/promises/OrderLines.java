package com.halowill.partnerhub.app.promises;

import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** The demand references of an order's lines, as the promise engine knows them. */
final class OrderLines {

    private OrderLines() {
    }

    /** The order an order line belongs to (demand references are {@code order-line:<line id>}). */
    static String orderOf(String demandRef) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(jakarta.persistence.EntityManager.class)
                .get().createNativeQuery("select cast(order_id as varchar) from orders.order_line where demand_ref = ?1")
                .setParameter(1, demandRef).getSingleResult().toString());
    }

    static List<DemandRef> demandRefs(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Orders.class).get()
                .find(OrderId.parse(orderId)).orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
    }
}
