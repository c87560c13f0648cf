package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as the API returns it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PurchaseOrderBody(String id, String poNumber, String distributor, String shipTo, String currency,
        String channel, String status, Instant createdAt, Instant updatedAt, List<LineBody> lines, String note) {

    /** An order line with its confirmed schedule; {@code review}: why HaloWill held it for review at intake. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineBody(int lineNumber, String sku, int quantity, LocalDate requestedDate, String unitPrice,
            String status, List<String> flags, List<CommitmentBody> commitments, int shippedQuantity,
            String review) {
    }

    /**
     * A (quantity, ship date) given for the line: PROPOSED by the engine (supply held), CONFIRMED by
     * HaloWill, or BACKORDERED (no date yet); with the expected delivery date and the LTA drawn on.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommitmentBody(int quantity, LocalDate shipDate, String state, LocalDate deliveryDate,
            String fromLta) {
    }

    static PurchaseOrderBody of(PurchaseOrder o) {
        return new PurchaseOrderBody(o.id().toString(), o.poNumber(), o.distributor().value(), o.shipTo(), o.currency(),
                o.channel().name(), o.status().name(), o.createdAt(), o.updatedAt(),
                o.lines().stream().map(PurchaseOrderBody::line).toList(), o.note());
    }

    private static LineBody line(OrderLine l) {
        return new LineBody(l.lineNumber(), l.sku().value(), l.quantity(), l.requestedDate(),
                l.unitPrice().setScale(2).toPlainString(), l.status().name(), l.flags(),
                l.commitments().stream().map(c -> new CommitmentBody(c.quantity(), c.shipDate(), c.state(),
                        c.deliveryDate(), c.fromLta())).toList(),
                l.shippedQuantity(), l.review());
    }
}
