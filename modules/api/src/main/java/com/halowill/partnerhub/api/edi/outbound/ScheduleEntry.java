package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    /** Writes the entries as ACK segments: status, quantity in each, and the ship date (068) when there is one. */
    static void writeAcks(InterchangeWriter out, List<ScheduleEntry> entries) {
        for (ScheduleEntry entry : entries) {
            boolean dated = entry.shipDate() != null;
            out.segment("ACK", entry.status().code(),
                    X12Values.decimal(entry.quantity()), "EA",
                    dated ? "068" : null, X12Values.date(entry.shipDate()));
        }
    }
}
