package com.halowill.partnerhub.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a submitted purchase order, as received (fields may be missing; validation says so). */
public record SubmitLine(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate,
        BigDecimal unitPrice) {
}
