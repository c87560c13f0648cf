package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a customer asks for, as the promise engine sees an order line: an opaque reference, the facts,
 * the warehouse that usually serves the ship-to, and when the demand arrived (first come, first served).
 */
public record Demand(DemandRef demandRef, DistributorCode distributor, Sku sku, int quantity, LocalDate requestedDate,
        String shipTo, String preferredWarehouse, Instant receivedAt) {
}
