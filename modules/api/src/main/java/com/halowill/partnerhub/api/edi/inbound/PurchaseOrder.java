package com.halowill.partnerhub.api.edi.inbound;

import java.util.List;

/** Purchase order data extracted from a syntactically valid 850, raw strings as received. */
public record PurchaseOrder(
        String poNumber,   // BEG03
        String orderDate,  // BEG05 (CCYYMMDD)
        String shipTo,     // N104 of the first N1 loop with N101 = ST, may be null
        String currency,   // header CUR02, may be null
        String note,       // MSG01 texts of the N9 loops joined by line breaks, may be null
        String contract,   // REF02 of the first header REF with REF01 = CT (the buyer's contract number), may be null
        List<PurchaseOrderLine> lines,
        int begPosition,       // BEG position from ST = 1
        int shipToPosition,    // position of the ship-to N1, 0 when there is none
        int currencyPosition) { // position of the header CUR, 0 when there is none

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }
}
