package com.halowill.partnerhub.api.edi.inbound;

import java.util.List;

/** One PO1 line of a received 850 as raw strings, with the positions needed to report business errors on it. */
public record PurchaseOrderLine(
        int index,              // 0-based line index
        int segmentPosition,    // PO1 position counted from ST = 1 (AK302)
        String lineNumber,      // PO101
        String quantity,        // PO102
        String unitOfMeasure,   // PO103
        String unitPrice,       // PO104, may be null
        String sku,             // product id qualified VP, else BP, else null
        String skuQualifier,    // VP or BP
        int skuElementPosition, // PO1 element holding sku (7, 9, ...), 0 if none
        String requestedDate,   // line DTM*002, else its only SCH date, else header DTM*002 (CCYYMMDD), else null
        int datePosition,       // position of that DTM from ST = 1, 0 when there is none
        List<Scheduled> schedule, // the line's SCH segments, in the order sent (empty without)
        String buyerPart) {     // the BP product id beside a VP one (the buyer's own part number), else null

    /** One SCH of the line: the quantity and the date it is scheduled for, and the SCH's position from ST = 1. */
    public record Scheduled(String quantity, String date, int position) {
    }
}
