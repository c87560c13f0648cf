package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A shipment of an order as the API shows it: when, carrier, tracking, and units per order line. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShipmentBody(String id, String orderId, LocalDate shipDate, Instant recordedAt, String carrier,
        String tracking, List<Line> lines) {

    /** Units of one order line in the shipment. */
    public record Line(int lineNumber, String sku, int quantity) {
    }

    static ShipmentBody of(Shipment s, PurchaseOrder order) {
        Map<String, OrderLine> byRef = order.lines().stream()
                .collect(Collectors.toMap(l -> l.demandRef().value(), Function.identity()));
        return new ShipmentBody(s.id().toString(), order.id().toString(), s.shipDate(), s.recordedAt(), s.carrier(),
                s.tracking(), s.lines().stream().filter(l -> byRef.containsKey(l.demandRef().value()))
                        .map(l -> new Line(byRef.get(l.demandRef().value()).lineNumber(),
                        byRef.get(l.demandRef().value()).sku().value(),
                                l.quantity())).toList());
    }
}
