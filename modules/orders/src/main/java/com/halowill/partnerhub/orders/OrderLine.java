package com.halowill.partnerhub.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An order line as partners see it: what was asked, its status, flags and confirmed schedule. */
public record OrderLine(int lineNumber, String sku, int quantity, LocalDate requestedDate, BigDecimal unitPrice,
        LineStatus status, List<String> flags, List<ScheduleLine> commitments, int shippedQuantity,
        String demandRef) {
}
