package com.halowill.partnerhub.api.edi.inbound;

import java.util.List;

/** A syntactically valid 860 as received, raw strings, with the positions needed to report errors on it. */
public record PurchaseOrderChange(
        String purpose,     // BCH01: 01 cancels the order, 04 changes the lines listed
        String poNumber,    // BCH03
        String sequence,    // BCH05 (change order sequence number), may be null
        String note,        // MSG01 texts joined by line breaks, may be null
        List<Line> lines,
        int bchPosition) {  // BCH position from ST = 1

    public PurchaseOrderChange {
        lines = List.copyOf(lines);
    }

    /** One POC loop: the buyer's line, the kind of change, the new quantity and requested date, where they were. */
    public record Line(int segmentPosition, String lineNumber, String changeType, String quantity, String sku,
            int skuElementPosition, String requestedDate, int datePosition) {
    }
}
