package com.halowill.partnerhub.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A promise for one demand: quantity and ship date (null when no supply in the horizon covers it,
 * i.e. a backorder), its state and the engine's explanation.
 */
public record Commitment(UUID id, String demandRef, String distributor, String sku, int quantity,
        LocalDate requestedDate, String shipTo, LocalDate shipDate, CommitmentState state, String explanation,
        Instant proposedAt, Instant confirmedAt, String confirmedBy) {

    public boolean backordered() {
        return shipDate == null;
    }

    public boolean late() {
        return shipDate != null && shipDate.isAfter(requestedDate);
    }
}
