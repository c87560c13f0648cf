package com.halowill.partnerhub.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a submitted purchase order, as received (fields may be missing; validation says so). {@code buyerLine}
 * is the buyer's own id of the line where it is not the line number (an EDI line split by its schedule), else null;
 * {@code buyerPart} the buyer's own part number for the product (an 850's BP id), else null.
 */
public record SubmitLine(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate,
        BigDecimal unitPrice, String buyerLine, String buyerPart) {

    /** A line the buyer knows by its line number. */
    public SubmitLine(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate, BigDecimal unitPrice) {
        this(lineNumber, sku, quantity, requestedDate, unitPrice, null, null);
    }

    /** A line with the buyer's own line id, without a buyer part number. */
    public SubmitLine(Integer lineNumber, String sku, Integer quantity, LocalDate requestedDate, BigDecimal unitPrice,
            String buyerLine) {
        this(lineNumber, sku, quantity, requestedDate, unitPrice, buyerLine, null);
    }
}
