package com.halowill.partnerhub.api.edi.outbound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One dated quantity of an acknowledged line, written as one ACK segment; {@code shipDate} may be null. */
public record ScheduleEntry(BigDecimal quantity, LocalDate shipDate, LineStatus status) {

    public ScheduleEntry {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(status, "status");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative: " + quantity);
        }
    }
}
