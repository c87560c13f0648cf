package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Every date ever given for each line of an order: when, who, what, why (reason code), and the schedule given. */
public record CommitmentHistoryBody(String orderId, List<LineHistory> lines) {

    /** One line's history, oldest first. */
    public record LineHistory(int lineNumber, String sku, List<Entry> history) {
    }

    /** One change: the schedule as given at that moment (a quantity without a date is backordered). */
    public record Entry(Instant at, String by, String action, String reasonCode, String reason, String note,
            List<Dated> schedule) {
    }

    /** A quantity and its ship date (absent when backordered). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dated(int quantity, LocalDate shipDate) {
    }
}
