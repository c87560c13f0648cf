package com.halowill.partnerhub.commitments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a customer asks for, as the promise engine sees an order line: an opaque reference, the facts,
 * the warehouse that usually serves the ship-to, and when the demand arrived (first come, first served).
 */
public record Demand(String demandRef, String distributor, String sku, int quantity, LocalDate requestedDate,
        String shipTo, String preferredWarehouse, Instant receivedAt) {
}
