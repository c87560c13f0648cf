package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/** A question to the engine that commits nothing: this distributor, this much, by this date. */
public record QuoteRequest(String distributor, String sku, int quantity, LocalDate requestedDate,
        String preferredWarehouse) {
}
