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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
    private final CxmlOrigins origins;
    private final Clock clock;

    CxmlPush(Webhooks webhooks, Orders orders, CxmlOrigins origins, Clock clock) {
        this.webhooks = webhooks;
        this.orders = orders;
        this.origins = origins;
        this.clock = clock;
    }

    void onOrderUpdates(@Observes OrderUpdates updates) {
        // the orders touched, by distributor; only a subscribed distributor's orders are read
        Map<String, Set<UUID>> touched = new LinkedHashMap<>();
        updates.orders().forEach(o -> touched.computeIfAbsent(o.distributor().value(), d -> new LinkedHashSet<>())
                .add(o.orderId().value()));
        updates.lines().stream().filter(l -> !"SHIPPED".equals(l.reasonCode())).forEach(l -> touched
                .computeIfAbsent(l.distributor().value(), d -> new LinkedHashSet<>()).add(l.orderId().value()));
        touched.forEach((code, ids) -> {
            DistributorCode distributor = new DistributorCode(code);
            if (!webhooks.subscribed(distributor, WebhookEvent.CXML_CONFIRMATION)) {
                return;
            }
            // only the orders that came by cXML are read
            origins.of(ids).forEach((id, origin) -> cxmlOrder(id)
                    .filter(o -> o.status() != OrderStatus.RECEIVED && o.status() != OrderStatus.CANCELLED)
                    .ifPresent(o -> webhooks.publish(distributor, WebhookEvent.CXML_CONFIRMATION, clock.instant(),
                            CxmlDocuments.confirmation(o, origin, clock.instant()))));
        });
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        DistributorCode distributor = s.distributor();
        if (!webhooks.subscribed(distributor, WebhookEvent.CXML_SHIP_NOTICE)) {
            return;
        }
        OrderId.of(s.reference()).ifPresent(id -> origins.of(id.value()).ifPresent(origin -> cxmlOrder(id.value())
                .ifPresent(o -> webhooks.publish(distributor, WebhookEvent.CXML_SHIP_NOTICE, s.recordedAt(),
                        CxmlDocuments.shipNotice(o, s, origin, clock.instant())))));
    }

    private Optional<PurchaseOrder> cxmlOrder(UUID id) {
        return orders.find(new OrderId(id)).filter(o -> o.channel() == Channel.CXML);
    }
}
