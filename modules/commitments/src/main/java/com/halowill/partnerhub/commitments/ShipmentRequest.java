package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.util.List;

/**
 * A shipment ops record against a distributor's commitments: what ships per line, optionally only from one
 * warehouse, with the carrier and tracking number; {@code reference} ties it to the order. A {@code key} (the
 * console form's one-time key) makes recording it again answer the shipment already recorded.
 */
public record ShipmentRequest(DistributorCode distributor, String reference, String warehouse, String carrier,
        String tracking, List<ShipmentLine> lines, String key) {

    public ShipmentRequest {
        lines = List.copyOf(lines);
    }

    /** A shipment without a key: every call records another. */
    public ShipmentRequest(DistributorCode distributor, String reference, String warehouse, String carrier,
            String tracking, List<ShipmentLine> lines) {
        this(distributor, reference, warehouse, carrier, tracking, lines, null);
    }
}
