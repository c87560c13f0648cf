package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.catalog.RowIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns partner-visible changes into outbox events, in the transaction that made them: a delivery per subscribed
 * endpoint of the distributor is written with the event, so it exists exactly when the change does.
 */
@ApplicationScoped
class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Orders orders;
    private final Clock clock;

    Outbox(EntityManager em, ObjectMapper json, Orders orders, Clock clock) {
        this.em = em;
        this.json = json;
        this.orders = orders;
        this.clock = clock;
    }

    void onOrderUpdates(@Observes OrderUpdates updates) {
        for (OrderUpdates.LineUpdate l : updates.lines()) {
            if (!l.reasonCode().equals("SHIPPED")) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("orderId", l.orderId().toString());
                data.put("poNumber", l.poNumber());
                data.put("lineNumber", l.lineNumber());
                data.put("sku", l.sku());
                data.put("status", l.status().name());
                data.put("reasonCode", l.reasonCode());
                data.put("reason", l.reason());
                data.put("before", l.before());
                data.put("after", l.after());
                write(l.distributor(), WebhookEvent.COMMITMENT_CHANGED, l.at(), data);
            }
        }
        for (OrderUpdates.StatusUpdate o : updates.orders()) {
            WebhookEvent event = o.after() == OrderStatus.ACKNOWLEDGED ? WebhookEvent.ORDER_ACKNOWLEDGED
                    : o.after() == OrderStatus.CANCELLED ? WebhookEvent.ORDER_CANCELLED : null;
            if (event != null) {
                write(o.distributor(), event, o.at(), Map.of("orderId", o.orderId().toString(), "poNumber",
                        o.poNumber(), "status", o.after().name()));
            }
        }
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        Optional<PurchaseOrder> order = parse(s.reference()).flatMap(orders::find);
        Map<String, OrderLine> lines = new LinkedHashMap<>();
        order.ifPresent(o -> o.lines().forEach(l -> lines.put(l.demandRef(), l)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shipmentId", s.id().toString());
        data.put("orderId", s.reference());
        data.put("poNumber", order.map(PurchaseOrder::poNumber).orElse(null));
        data.put("shipDate", s.shipDate());
        data.put("carrier", s.carrier());
        data.put("tracking", s.tracking());
        data.put("lines", s.lines().stream().map(l -> line(l, lines.get(l.demandRef()))).toList());
        write(s.distributor(), WebhookEvent.SHIPMENT_CREATED, s.recordedAt(), data);
    }

    private static Map<String, Object> line(ShipmentLine shipped, OrderLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lineNumber", line == null ? null : line.lineNumber());
        out.put("sku", line == null ? null : line.sku());
        out.put("quantity", shipped.quantity());
        return out;
    }

    private void write(String distributor, WebhookEvent event, Instant at, Map<String, Object> data) {
        @SuppressWarnings("unchecked")
        List<UUID> endpoints = em.createNativeQuery("""
                select id from notifications.endpoint where distributor = ?1 and active
                and ',' || events || ',' like ?2""").setParameter(1, distributor)
                .setParameter(2, "%," + event.wireName() + ",%").getResultList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long id = ((Number) em.createNativeQuery("select nextval('notifications.outbox_event_id_seq')")
                .getSingleResult()).longValue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "evt_" + id);
        body.put("type", event.wireName());
        body.put("occurredAt", at);
        body.put("distributor", distributor);
        body.put("data", data);
        em.createNativeQuery("""
                insert into notifications.outbox_event (id, distributor, type, payload, created_at)
                values (?1, ?2, ?3, ?4, ?5)""").setParameter(1, id).setParameter(2, distributor)
                .setParameter(3, event.wireName()).setParameter(4, text(body)).setParameter(5, Timestamp.from(now))
                .executeUpdate();
        for (UUID endpoint : endpoints) {
            em.createNativeQuery("""
                    insert into notifications.delivery (id, event_id, endpoint_id, status, next_attempt_at, created_at)
                    values (?1, ?2, ?3, 'PENDING', ?4, ?4)""").setParameter(1, RowIds.next()).setParameter(2, id)
                    .setParameter(3, endpoint).setParameter(4, Timestamp.from(now)).executeUpdate();
        }
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload could not be written", e);
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
