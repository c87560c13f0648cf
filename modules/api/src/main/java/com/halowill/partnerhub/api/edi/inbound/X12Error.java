package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import java.util.Objects;

/** One syntax or business error inside a transaction, positioned the way a 997 reports it (AK3/AK4). */
public record X12Error(
        String segmentTag,       // AK301
        int segmentPosition,     // AK302, counted from ST = 1
        String loopId,           // schema loop code open when detected (e.g. PO1_LOOP), null at header level
        int elementPosition,     // AK401-1; 0 = segment-level error
        int componentPosition,   // AK401-2; 0 = none
        int repetition,          // AK401-3 (005010); 0 = none
        String elementReference, // AK402 data element number, may be null
        String code,             // AK304 code when segment-level, else AK403 code
        String badValue,         // AK404, may be null
        String description) {    // StAEDI error name or the caller's text

    public X12Error {
        Objects.requireNonNull(segmentTag, "segmentTag");
        Objects.requireNonNull(code, "code");
        if (segmentPosition < 1) {
            throw new IllegalArgumentException("segmentPosition must be >= 1: " + segmentPosition);
        }
    }

    /** A segment-level error (AK3 with AK304 = code). */
    public static X12Error segment(String tag, int position, String loopId, SegmentSyntaxCode code, String description) {
        return new X12Error(tag, position, loopId, 0, 0, 0, null, code.code(), null, description);
    }

    /** An element-level error (AK3 with AK304 = 8, plus AK4). */
    public static X12Error element(String tag, int position, String loopId, int elementPosition, int componentPosition,
            int repetition, String elementReference, ElementSyntaxCode code, String badValue, String description) {
        if (elementPosition < 1) {
            throw new IllegalArgumentException("elementPosition must be >= 1: " + elementPosition);
        }
        return new X12Error(tag, position, loopId, elementPosition, componentPosition, repetition, elementReference,
                code.code(), badValue, description);
    }

    /** A business error on one element of a PO1 line, e.g. {@code onLine(line, line.skuElementPosition(), "234", INVALID_CODE_VALUE, sku, "unknown SKU")}. */
    public static X12Error onLine(PurchaseOrderLine line, int elementPosition, String elementReference,
            ElementSyntaxCode code, String badValue, String description) {
        return element("PO1", line.segmentPosition(), PurchaseOrderExtractor.LINE_LOOP, elementPosition, 0, 0,
                elementReference, code, badValue, description);
    }

    /** Unknown SKU on a line: AK3 on that PO1, AK4 on the product id element with code 7 (invalid code value). */
    public static X12Error unknownSku(PurchaseOrderLine line) {
        int position = line.skuElementPosition() > 0 ? line.skuElementPosition() : 7;
        return onLine(line, position, "234", ElementSyntaxCode.INVALID_CODE_VALUE, line.sku(), "unknown SKU");
    }

    public boolean isSegmentLevel() {
        return elementPosition == 0;
    }
}
