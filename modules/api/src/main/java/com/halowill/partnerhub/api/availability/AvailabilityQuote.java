package com.halowill.partnerhub.api.availability;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A non-binding promise quote from the engine that commits orders: what could ship when (split when one
 * date cannot cover it), what nothing in the plan covers, the LTA it would draw on, and why.
 */
public record AvailabilityQuote(String sku, int quantity, LocalDate requestedDate, List<ScheduleLine> schedule,
        int backorderedQuantity, String fromLta, Instant quoteValidUntil, String explanation, List<String> details) {

    /** A quantity, the date it could ship and when it would arrive. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleLine(int quantity, LocalDate shipDate, LocalDate deliveryDate, String fromLta) {
    }
}
