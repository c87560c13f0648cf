package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/** What a customer asks for, as the promise engine sees an order line: opaque reference and the facts. */
public record Demand(String demandRef, String distributor, String sku, int quantity, LocalDate requestedDate,
        String shipTo) {
}
