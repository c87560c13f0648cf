package com.halowill.partnerhub.commitments;

import java.util.List;

/**
 * Units shipped against one demand (an order line, known by its reference), with the serial numbers of the units
 * packed when ops scanned them (none, or one for each unit).
 */
public record ShipmentLine(DemandRef demandRef, int quantity, List<String> serials) {

    public ShipmentLine {
        serials = List.copyOf(serials);
    }

    /** Units shipped without their serial numbers recorded. */
    public ShipmentLine(DemandRef demandRef, int quantity) {
        this(demandRef, quantity, List.of());
    }
}
