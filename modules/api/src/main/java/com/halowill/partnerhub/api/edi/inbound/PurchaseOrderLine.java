package com.halowill.partnerhub.api.edi.inbound;

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
        String requestedDate,   // line DTM*002, else its earliest SCH date, else header DTM*002 (CCYYMMDD), else null
        int datePosition) {     // position of that DTM from ST = 1, 0 when there is none
}
