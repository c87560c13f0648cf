package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A distributor's request to change an order, with each line's outcome: accepted at once, waiting for HaloWill
 * ops, or rejected. The request is PENDING_REVIEW while any line waits, then carries the ops decision.
 */
public record ChangeRequest(UUID id, OrderId orderId, String poNumber, DistributorCode distributor,
        ChangeRequestState state,
        Instant requestedAt, String requestedBy, String note, Instant decidedAt, String decidedBy, String decisionNote,
        List<Line> lines) {

    public ChangeRequest {
        lines = List.copyOf(lines);
    }

    /** One line: what it was, what was asked, the outcome and HaloWill's answer (the engine's offer or reason). */
    public record Line(int lineNumber, Sku sku, int fromQuantity, LocalDate fromRequestedDate, Integer quantity,
            LocalDate requestedDate, boolean cancel, ChangeRequestState outcome, String answer) {
    }
}
