package com.halowill.partnerhub.commitments;

import java.time.LocalDate;
import java.util.UUID;

/** One shipped unit known by its serial number: whose it is, which order line and shipment it went out with. */
public record ShippedUnit(String serial, String distributor, String reference, String demandRef, UUID shipmentId,
        LocalDate shipDate, String carrier, String tracking) {
}
