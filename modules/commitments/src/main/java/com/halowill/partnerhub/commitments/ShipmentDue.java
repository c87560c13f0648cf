package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/** Units of one commitment due to ship on a date (and expected on another), drawn on an LTA or not. */
public record ShipmentDue(String demandRef, String sku, int units, LocalDate shipDate, LocalDate deliveryDate,
        String fromLta, CommitmentState state) {
}
