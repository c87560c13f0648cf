package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.DemandRef;
import java.time.LocalDate;

/** An order line named as a partner knows it: its order and PO number, line number, part, quantity and status. */
public record LineRef(OrderId orderId, String poNumber, int lineNumber, Sku sku, int quantity, LocalDate requestedDate,
        LineStatus status, DemandRef demandRef) {
}
