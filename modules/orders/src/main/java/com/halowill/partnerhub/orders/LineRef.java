package com.halowill.partnerhub.orders;

import java.time.LocalDate;
import java.util.UUID;

/** An order line named as a partner knows it: its order and PO number, line number, part, quantity and status. */
public record LineRef(UUID orderId, String poNumber, int lineNumber, String sku, int quantity, LocalDate requestedDate,
        LineStatus status, String demandRef) {
}
