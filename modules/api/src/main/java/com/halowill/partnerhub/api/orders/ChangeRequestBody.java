package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.orders.ChangeRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A change request as the API shows it: its state and, per line, what was asked and HaloWill's answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeRequestBody(String id, String orderId, String poNumber, String state, Instant requestedAt,
        String requestedBy, String note, Instant decidedAt, String decidedBy, List<Line> lines) {

    /** One line: from what, to what, the outcome (ACCEPTED, PENDING_REVIEW, REJECTED) and the answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int lineNumber, String sku, int fromQuantity, LocalDate fromRequestedDate, Integer quantity,
            LocalDate requestedDate, Boolean cancel, String outcome, String answer) {
    }

    static ChangeRequestBody of(ChangeRequest c) {
        return new ChangeRequestBody(c.id().toString(), c.orderId().toString(), c.poNumber(), c.state().name(),
                c.requestedAt(), c.requestedBy(), c.note().isEmpty() ? null : c.note(), c.decidedAt(), c.decidedBy(),
                c.lines().stream().map(l -> new Line(l.lineNumber(), l.sku().value(), l.fromQuantity(),
                l.fromRequestedDate(),
                        l.quantity(), l.requestedDate(), l.cancel() ? Boolean.TRUE : null, l.outcome().name(),
                        l.answer())).toList());
    }
}
