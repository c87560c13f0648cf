package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.LineAnswer;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * HaloWill's answer to a purchase order, line by line: accepted as asked, with another date, with another
 * quantity, backordered, rejected, or still pending; each with its schedule, price and the order's terms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcknowledgmentBody(String orderId, String poNumber, String distributor, String status, String currency,
        String incoterm, String paymentTerms, Instant answeredAt, List<Line> lines) {

    /** One line's answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int lineNumber, String sku, int quantityOrdered, int quantityAccepted, LocalDate requestedDate,
            String unitPrice, String answer, List<Dated> schedule, List<String> flags) {
    }

    /** A quantity and when it ships and should arrive (no date: backordered), proposed or confirmed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dated(int quantity, LocalDate shipDate, LocalDate deliveryDate, String state) {
    }

    static AcknowledgmentBody of(PurchaseOrder o, Distributor d) {
        return new AcknowledgmentBody(o.id().toString(), o.poNumber(), o.distributor().value(), o.status().name(),
                o.currency(), d.incoterm(), d.paymentTerms(), o.updatedAt(), o.lines().stream()
                        .map(AcknowledgmentBody::line).toList());
    }

    private static Line line(OrderLine l) {
        return new Line(l.lineNumber(), l.sku().value(), l.quantity(), l.acceptedQuantity(), l.requestedDate(),
                l.unitPrice().setScale(2).toPlainString(), LineAnswer.of(l).name(), l.commitments().stream()
                        .map(c -> new Dated(c.quantity(), c.shipDate(), c.deliveryDate(), c.state())).toList(),
                l.flags());
    }
}
