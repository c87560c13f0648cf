package com.halowill.partnerhub.api.orders;

import com.halowill.partnerhub.orders.PlanningSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A planning schedule (X12 830) as the API shows it: identifiers as plain text, one entry per forecast quantity. */
public record PlanningScheduleBody(String distributor, String reference, LocalDate horizonStart, LocalDate horizonEnd,
        Instant receivedAt, String receivedBy, List<Forecast> lines) {

    /** One forecast quantity of a product for a period. */
    public record Forecast(String sku, boolean firm, LocalDate periodStart, LocalDate periodEnd, int quantity) {
    }

    static PlanningScheduleBody of(PlanningSchedule s) {
        return new PlanningScheduleBody(s.distributor().value(), s.reference(), s.horizonStart(), s.horizonEnd(),
                s.receivedAt(), s.receivedBy(), s.lines().stream().map(f -> new Forecast(f.sku().value(), f.firm(),
                        f.periodStart(), f.periodEnd(), f.quantity())).toList());
    }
}
