package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.notifications.Webhooks;
import com.halowill.partnerhub.orders.ChangeRequestAnswered;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Pushes the 855 of an acknowledged order, the 856 of a recorded shipment and the 865 answering a change request to
 * the distributor's endpoints that subscribed to {@code x12.855}, {@code x12.856} or {@code x12.865}, unless the
 * distributor's trading-partner profile says that document is fetched, not pushed: written in the
 * transaction that acknowledged, shipped or answered, through the webhook outbox, so they go out (signed, retried,
 * dead-lettered, replayable) exactly when the change commits.
 * A document X12 cannot carry (a PO number over 22 characters) is not pushed; the JSON events still are.
 */
@ApplicationScoped
class X12Push {

    private final Webhooks webhooks;
    private final Orders orders;
    private final X12Documents documents;
    private final X12Profiles profiles;

    X12Push(Webhooks webhooks, Orders orders, X12Documents documents, X12Profiles profiles) {
        this.webhooks = webhooks;
        this.orders = orders;
        this.documents = documents;
        this.profiles = profiles;
    }

    /** Whether the distributor's endpoints get this document pushed: its profile allows it and one subscribed. */
    private boolean pushed(DistributorCode distributor, X12Profile.Pushed document, WebhookEvent event) {
        return profiles.of(distributor).map(p -> p.pushes(document)).orElse(true)
                && webhooks.subscribed(distributor, event);
    }

    void onOrderUpdates(@Observes OrderUpdates updates) {
        // one look per distributor, however many of its orders a run acknowledges
        java.util.Map<String, Boolean> subscribed = new java.util.HashMap<>();
        for (OrderUpdates.StatusUpdate o : updates.orders()) {
            DistributorCode distributor = o.distributor();
            if (o.after() == OrderStatus.ACKNOWLEDGED && subscribed.computeIfAbsent(o.distributor().value(),
                    d -> pushed(distributor, X12Profile.Pushed.ACKNOWLEDGMENT_855, WebhookEvent.X12_855))) {
                orders.find(o.orderId()).flatMap(order -> written(order, () -> documents
                        .acknowledgment(order, null))).ifPresent(document -> webhooks.publish(distributor,
                                WebhookEvent.X12_855, o.at(), document));
            }
        }
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        DistributorCode distributor = s.distributor();
        if (pushed(distributor, X12Profile.Pushed.SHIP_NOTICE_856, WebhookEvent.X12_856)) {
            OrderId.of(s.reference()).flatMap(orders::find).flatMap(order -> written(order, () -> documents
                    .shipmentNotice(order, s, null))).ifPresent(document -> webhooks.publish(distributor,
                            WebhookEvent.X12_856, s.recordedAt(), document));
        }
    }

    void onChangeAnswered(@Observes ChangeRequestAnswered answered) {
        var request = answered.request();
        DistributorCode distributor = request.distributor();
        if (pushed(distributor, X12Profile.Pushed.CHANGE_ANSWER_865, WebhookEvent.X12_865)) {
            orders.find(request.orderId()).flatMap(order -> written(order, () -> documents
                    .changeAcknowledgment(order, request, null))).ifPresent(document -> webhooks.publish(distributor,
                            WebhookEvent.X12_865, request.decidedAt() != null ? request.decidedAt()
                                    : request.requestedAt(), document));
        }
    }

    private static Optional<String> written(PurchaseOrder order, java.util.function.Supplier<String> document) {
        try {
            return Optional.of(document.get());
        } catch (IllegalArgumentException e) {
            Log.warnf("order %s: no X12 document pushed, X12 cannot carry it (%s)", order.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
