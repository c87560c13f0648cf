package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.Sku;

import java.time.LocalDate;

/**
 * An open commitment that does not meet the date asked: some of it ships later ({@code lastShipDate} after
 * {@code requestedDate}) or has no date yet ({@code backordered} units); proposed or confirmed.
 */
public record CommitmentAtRisk(DemandRef demandRef, Sku sku, int quantity, LocalDate requestedDate, int backordered,
        LocalDate lastShipDate, CommitmentState state) {
}
