package com.halowill.partnerhub.commitments;

import java.util.List;

/**
 * A shipment ops record against a distributor's commitments: what ships per line, optionally only from one
 * warehouse, with the carrier and tracking number; {@code reference} ties it to the order.
 */
public record ShipmentRequest(String distributor, String reference, String warehouse, String carrier,
        String tracking, List<ShipmentLine> lines) {

    public ShipmentRequest {
        lines = List.copyOf(lines);
    }
}
