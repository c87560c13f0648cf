package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;

/** A question to the engine that commits nothing: this distributor (none: no LTA draws), this much, by this date. */
public record QuoteRequest(DistributorCode distributor, Sku sku, int quantity, LocalDate requestedDate,
        String preferredWarehouse) {
}
