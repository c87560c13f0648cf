package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A distributor's planning schedule (an X12 830) as received and kept: its reference, the horizon it covers and, per
 * product, the quantities it forecasts, firm or for planning. Kept until Partner Hub plans against forecasts.
 */
public record PlanningSchedule(DistributorCode distributor, String reference, LocalDate horizonStart,
        LocalDate horizonEnd, Instant receivedAt, String receivedBy, List<Forecast> lines) {

    public PlanningSchedule {
        lines = List.copyOf(lines);
    }

    /** One forecast quantity of a product for a period (a day, a week, a month or a flexible interval). */
    public record Forecast(Sku sku, boolean firm, LocalDate periodStart, LocalDate periodEnd, int quantity) {
    }
}
