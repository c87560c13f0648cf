package com.halowill.partnerhub.api.edi.outbound;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Input of an 856: one shipment of one order in one pack. */
public record Shipment(
        String shipmentId,     // BSN02
        LocalDate shipDate,    // DTM*011
        String carrierScac,    // TD503
        String trackingNumber, // REF*CN, may be null
        String poNumber,       // PRF01
        String packageId,      // MAN*GM (e.g. SSCC-18), may be null
        List<ShippedItem> items) {

    public Shipment {
        Objects.requireNonNull(shipmentId, "shipmentId");
        Objects.requireNonNull(shipDate, "shipDate");
        Objects.requireNonNull(carrierScac, "carrierScac");
        Objects.requireNonNull(poNumber, "poNumber");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a shipment needs at least one item");
        }
    }
}
