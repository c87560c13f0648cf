package com.halowill.partnerhub.api.edi.outbound;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One purchase order line in an 855: PO1 values as ordered plus the seller's schedule (one ACK each). */
public record AcknowledgedLine(
        String lineNumber,          // PO101 as received
        BigDecimal orderedQuantity, // PO102
        BigDecimal unitPrice,       // PO104, may be null
        String sku,                 // PO107 (qualifier VP)
        List<ScheduleEntry> schedule,
        String buyerPart) {         // PO109 (qualifier BP) as the buyer sent it, may be null

    public AcknowledgedLine {
        Objects.requireNonNull(orderedQuantity, "orderedQuantity");
        Objects.requireNonNull(sku, "sku");
        schedule = List.copyOf(schedule);
    }
}
