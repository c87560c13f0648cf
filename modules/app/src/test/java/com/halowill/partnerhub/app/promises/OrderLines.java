package com.halowill.partnerhub.app.promises;

import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.UUID;

/** The demand references of an order's lines, as the promise engine knows them. */
final class OrderLines {

    private OrderLines() {
    }

    static List<String> demandRefs(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Orders.class).get()
                .find(UUID.fromString(orderId)).orElseThrow().lines().stream().map(OrderLine::demandRef).toList());
    }
}
