package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.Sku;

import java.time.LocalDate;

/** Units of one commitment due to ship on a date (and expected on another), drawn on an LTA or not. */
public record ShipmentDue(DemandRef demandRef, Sku sku, int units, LocalDate shipDate, LocalDate deliveryDate,
        String fromLta, CommitmentState state) {
}
