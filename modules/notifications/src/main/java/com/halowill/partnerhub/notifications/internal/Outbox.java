package com.halowill.partnerhub.notifications.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.platform.RowIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        List<Pending> events = new ArrayList<>();
        for (OrderUpdates.LineUpdate l : updates.lines()) {
            if (!l.reasonCode().equals("SHIPPED")) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("orderId", l.orderId().toString());
                data.put("poNumber", l.poNumber());
                data.put("lineNumber", l.lineNumber());
                data.put("sku", l.sku().value());
                data.put("status", l.status().name());
                data.put("reasonCode", l.reasonCode());
                data.put("reason", l.reason());
                data.put("before", l.before());
                data.put("after", l.after());
                events.add(new Pending(l.distributor().value(), WebhookEvent.COMMITMENT_CHANGED, l.at(), data));
            }
        }
        for (OrderUpdates.StatusUpdate o : updates.orders()) {
            WebhookEvent event = o.after() == OrderStatus.ACKNOWLEDGED ? WebhookEvent.ORDER_ACKNOWLEDGED
                    : o.after() == OrderStatus.CANCELLED ? WebhookEvent.ORDER_CANCELLED : null;
            if (event != null) {
                events.add(new Pending(o.distributor().value(), event, o.at(), Map.of("orderId", o.orderId().toString(),
                        "poNumber", o.poNumber(), "status", o.after().name())));
            }
        }
        write(events);
    }

    void onShipment(@Observes ShipmentRecorded recorded) {
        Shipment s = recorded.shipment();
        Optional<PurchaseOrder> order = OrderId.of(s.reference()).flatMap(orders::find);
        Map<String, OrderLine> lines = new LinkedHashMap<>();
        order.ifPresent(o -> o.lines().forEach(l -> lines.put(l.demandRef().value(), l)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shipmentId", s.id().toString());
        data.put("orderId", s.reference());
        data.put("poNumber", order.map(PurchaseOrder::poNumber).orElse(null));
        data.put("shipDate", s.shipDate());
        data.put("carrier", s.carrier());
        data.put("tracking", s.tracking());
        data.put("lines", s.lines().stream().map(l -> line(l, lines.get(l.demandRef().value()))).toList());
        write(s.distributor().value(), WebhookEvent.SHIPMENT_CREATED, s.recordedAt(), data);
    }

    private static Map<String, Object> line(ShipmentLine shipped, OrderLine line) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lineNumber", line == null ? null : line.lineNumber());
        out.put("sku", line == null ? null : line.sku().value());
        out.put("quantity", shipped.quantity());
        return out;
    }

    /**
     * An event to write, for every endpoint of its distributor that subscribed to its type: a JSON event of
     * {@code data}, or a {@code document} delivered as it is.
     */
    private record Pending(String distributor, WebhookEvent event, Instant at, Map<String, Object> data,
            String document) {

        Pending(String distributor, WebhookEvent event, Instant at, Map<String, Object> data) {
            this(distributor, event, at, data, null);
        }
    }

    /** A document event (an X12 855 or 856), delivered as it is to the endpoints that subscribed to it. */
    void document(String distributor, WebhookEvent event, Instant at, String document) {
        write(List.of(new Pending(distributor, event, at, Map.of(), document)));
    }

    private void write(String distributor, WebhookEvent event, Instant at, Map<String, Object> data) {
        write(List.of(new Pending(distributor, event, at, data)));
    }

    /**
     * Writes the events that have subscribers, however many (a re-commit moves thousands of lines): the endpoints
     * of their distributors in one query, then their ids, the events and their deliveries in a statement each.
     */
    @SuppressWarnings("unchecked")
    private void write(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        String[] distributors = pending.stream().map(Pending::distributor).distinct().toArray(String[]::new);
        List<Object[]> rows = em.createNativeQuery("""
                select id, distributor, events from notifications.endpoint
                where distributor = any(cast(?1 as varchar[])) and active""").setParameter(1, distributors)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> byDistributor = new HashMap<>();
        rows.forEach(r -> byDistributor.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(r));
        List<Pending> subscribed = new ArrayList<>();
        List<List<UUID>> endpoints = new ArrayList<>();
        for (Pending p : pending) {
            List<UUID> to = byDistributor.getOrDefault(p.distributor(), List.of()).stream()
                    .filter(r -> Arrays.asList(((String) r[2]).split(",")).contains(p.event().wireName()))
                    .map(r -> (UUID) r[0]).toList();
            if (!to.isEmpty()) {
                subscribed.add(p);
                endpoints.add(to);
            }
        }
        if (subscribed.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        List<Number> ids = em.createNativeQuery(
                "select nextval('notifications.outbox_event_id_seq') from generate_series(1, ?1) order by 1")
                .setParameter(1, subscribed.size()).getResultList();
        int n = subscribed.size();
        Long[] eventIds = new Long[n];
        String[] eventDistributors = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        List<Long> deliveryEvents = new ArrayList<>();
        List<UUID> deliveryEndpoints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Pending p = subscribed.get(i);
            eventIds[i] = ids.get(i).longValue();
            eventDistributors[i] = p.distributor();
            types[i] = p.event().wireName();
            payloads[i] = p.document() != null ? p.document() : json(eventIds[i], p);
            for (UUID endpoint : endpoints.get(i)) {
                deliveryEvents.add(eventIds[i]);
                deliveryEndpoints.add(endpoint);
            }
        }
        em.createNativeQuery("""
                insert into notifications.outbox_event (id, distributor, type, payload, created_at)
                select e.*, ?5 from unnest(cast(?1 as bigint[]), cast(?2 as varchar[]), cast(?3 as varchar[]),
                    cast(?4 as text[])) as e(id, distributor, type, payload)""")
                .setParameter(1, eventIds).setParameter(2, eventDistributors).setParameter(3, types)
                .setParameter(4, payloads).setParameter(5, now).executeUpdate();
        em.createNativeQuery("""
                insert into notifications.delivery (id, event_id, endpoint_id, status, next_attempt_at, created_at)
                select d.*, 'PENDING', ?4, ?4 from unnest(cast(?1 as uuid[]), cast(?2 as bigint[]),
                    cast(?3 as uuid[])) as d(id, event_id, endpoint_id)""")
                .setParameter(1, deliveryEvents.stream().map(e -> RowIds.next()).toArray(UUID[]::new))
                .setParameter(2, deliveryEvents.toArray(Long[]::new))
                .setParameter(3, deliveryEndpoints.toArray(UUID[]::new)).setParameter(4, now).executeUpdate();
    }

    /** The JSON event of a pending event, as partners receive it. */
    private String json(long id, Pending p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "evt_" + id);
        body.put("type", p.event().wireName());
        body.put("occurredAt", p.at());
        body.put("distributor", p.distributor());
        body.put("data", p.data());
        return text(body);
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload could not be written", e);
        }
    }
}
