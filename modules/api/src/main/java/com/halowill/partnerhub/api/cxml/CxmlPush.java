package com.halowill.partnerhub.api.cxml;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.notifications.Webhooks;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the cXML documents about an order that came by cXML to the distributor's endpoints that subscribed to
 * {@code cxml.confirmation} or {@code cxml.ship-notice}: a ConfirmationRequest when the order is acknowledged and
 * whenever a line's schedule changes after that, a ShipNoticeRequest per shipment; written through the webhook outbox
 * in the transaction that made the change.
 */
@ApplicationScoped
class CxmlPush {

    private final Webhooks webhooks;
    private final Orders orders;
    private final CxmlOrders origins;
    private final Clock clock;

    CxmlPush(Webhooks webhooks, Orders orders, CxmlOrders origins, Clock clock) {
        this.webhooks = webhooks;
        this.orders = orders;
        this.origins = origins;
        this.clock = clock;
    }

    void onOrderUpdates(@Observes OrderUpdates updates) {
        // the orders touched, by distributor; only a subscribed distributor's orders are read
        java.util.Map<String, Set<UUID>> touched = new java.util.LinkedHashMap<>();
        updates.orders().forEach(o -> touched.computeIfAbsent(o.distributor(), d -> new LinkedHashSet<>())
                .add(o.orderId()));
        updates.lines().stream().filter(l -> !"SHIPPED".equals(l.reasonCode())).forEach(l -> touched
                .computeIfAbsent(l.distributor(), d -> new LinkedHashSet<>()).add(l.orderId()));
        touched.forEach((code, ids) -> {
            DistributorCode distributor = new DistributorCode(code);
            if (!webhooks.subscribed(distributor, WebhookEvent.CXML_CONFIRMATION)) {
                return;
            }
            for (UUID id : ids) {
                cxmlOrder(id).filter(o -> o.status() != OrderStatus.RECEIVED && o.status() != OrderStatus.CANCELLED)
                        .ifPresent(o -> origins.of(o.id()).ifPresent(origin -> webhooks.publish(distributor,
                                WebhookEvent.CXML_CONFIRMATION, clock.instant(),
                                CxmlDocuments.confirmation(o, origin, clock.instant()))));
            }
        });
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        OrderId.of(s.reference()).flatMap(id -> cxmlOrder(id.value()))
                .filter(o -> webhooks.subscribed(new DistributorCode(o.distributor()), WebhookEvent.CXML_SHIP_NOTICE))
                .ifPresent(o -> origins.of(o.id()).ifPresent(origin -> webhooks.publish(
                        new DistributorCode(o.distributor()), WebhookEvent.CXML_SHIP_NOTICE, s.recordedAt(),
                        CxmlDocuments.shipNotice(o, s, origin, clock.instant()))));
    }

    private Optional<PurchaseOrder> cxmlOrder(UUID id) {
        return orders.find(new OrderId(id)).filter(o -> o.channel() == Channel.CXML);
    }
}
