package com.halowill.partnerhub.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A non-binding promise quote: what could ship when, from the engine that commits orders. */
public record AvailabilityQuote(String sku, int quantity, List<ScheduleLine> schedule, String fromLta,
        Instant quoteValidUntil, String explanation) {

    /** A quantity and the date it could ship. */
    public record ScheduleLine(int quantity, LocalDate shipDate) {
    }
}
