package com.halowill.partnerhub.api.orders;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/purchase-orders/{id}/change-requests}. */
public record ChangeRequestRequest(List<Line> lines, String note) {

    /** A new quantity and/or requested date for a line, or {@code "cancel": true}. */
    public record Line(Integer lineNumber, Integer quantity, LocalDate requestedDate, Boolean cancel) {
    }
}
