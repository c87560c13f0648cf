package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded shipment: when it shipped, who recorded it, carrier and tracking, and the units per line. */
public record Shipment(UUID id, DistributorCode distributor, String reference, LocalDate shipDate, Instant recordedAt,
        String recordedBy, String carrier, String tracking, List<ShipmentLine> lines) {

    public Shipment {
        lines = List.copyOf(lines);
    }
}
