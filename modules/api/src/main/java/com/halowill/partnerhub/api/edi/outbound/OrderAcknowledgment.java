package com.halowill.partnerhub.api.edi.outbound;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Input of an 855: the seller's answer to one purchase order. */
public record OrderAcknowledgment(
        String orderId,          // BAK08 seller's order number, may be null
        String poNumber,         // BAK03
        LocalDate poDate,        // BAK04
        AcknowledgmentType type, // BAK02
        String contract,         // REF02 of REF*CT, the buyer's contract number its 850 named, may be null
        List<AcknowledgedLine> lines) {

    public OrderAcknowledgment {
        Objects.requireNonNull(poNumber, "poNumber");
        Objects.requireNonNull(poDate, "poDate");
        Objects.requireNonNull(type, "type");
        lines = List.copyOf(lines);
    }
}
