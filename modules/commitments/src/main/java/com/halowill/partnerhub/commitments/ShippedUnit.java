package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.LocalDate;
import java.util.UUID;

/** One shipped unit known by its serial number: whose it is, which order line and shipment it went out with. */
public record ShippedUnit(String serial, DistributorCode distributor, String reference, DemandRef demandRef,
        UUID shipmentId, LocalDate shipDate, String carrier, String tracking) {
}
