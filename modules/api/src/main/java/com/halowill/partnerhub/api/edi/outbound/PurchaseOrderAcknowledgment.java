package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.OutboundEnvelope;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import java.util.Objects;

/**
 * Writes an 855 purchase order acknowledgment interchange (BAK, REF*CT when the 850 named a contract, PO1 + ACK per
 * schedule entry, CTT).
 */
public final class PurchaseOrderAcknowledgment {

    private static final String PURPOSE_ORIGINAL = "00";
    private static final String EACH = "EA";
    private static final String VENDOR_PART = "VP";
    private static final String CONTRACT = "CT";

    public String write(OutboundEnvelope envelope, OrderAcknowledgment acknowledgment) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(acknowledgment, "acknowledgment");
        InterchangeWriter out = envelope.open("PR", "855");
        out.segment("BAK", PURPOSE_ORIGINAL, acknowledgment.type().code(), acknowledgment.poNumber(),
                X12Values.date(acknowledgment.poDate()), null, null, null, acknowledgment.orderId());
        if (acknowledgment.contract() != null) {
            out.segment("REF", CONTRACT, acknowledgment.contract());
        }
        for (AcknowledgedLine line : acknowledgment.lines()) {
            if (line.buyerPart() == null) {
                out.segment("PO1", line.lineNumber(), X12Values.decimal(line.orderedQuantity()), EACH,
                        X12Values.decimal(line.unitPrice()), null, VENDOR_PART, line.sku());
            } else {
                out.segment("PO1", line.lineNumber(), X12Values.decimal(line.orderedQuantity()), EACH,
                        X12Values.decimal(line.unitPrice()), null, VENDOR_PART, line.sku(), "BP", line.buyerPart());
            }
            ScheduleEntry.writeAcks(out, line.schedule());
        }
        out.segment("CTT", Integer.toString(acknowledgment.lines().size()));
        out.endTransaction();
        out.endGroup();
        return out.finish();
    }
}
