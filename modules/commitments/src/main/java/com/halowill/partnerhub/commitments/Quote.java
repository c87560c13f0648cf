package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.Sku;

import java.time.LocalDate;
import java.util.List;

/**
 * A non-binding answer from the engine that commits orders: the schedule it would give now (split,
 * backordered quantity without a date), the LTA it would draw on, and why.
 */
public record Quote(Sku sku, int quantity, LocalDate requestedDate, List<ScheduleLine> schedule, String fromLta,
        List<String> explanation) {

    public Quote {
        schedule = List.copyOf(schedule);
        explanation = List.copyOf(explanation);
    }

    public String summary() {
        return explanation.isEmpty() ? "" : explanation.get(0);
    }
}
