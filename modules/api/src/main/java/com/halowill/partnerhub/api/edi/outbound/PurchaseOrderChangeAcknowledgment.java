package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.OutboundEnvelope;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import java.util.Objects;

/** Writes an 865 purchase order change acknowledgment interchange (BCA, POC + ACK per outcome, CTT). */
public final class PurchaseOrderChangeAcknowledgment {

    private static final String PURPOSE_ORIGINAL = "00";
    private static final String EACH = "EA";

    public String write(OutboundEnvelope envelope, ChangeAcknowledgment acknowledgment) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(acknowledgment, "acknowledgment");
        InterchangeWriter out = envelope.open("CA", "865");
        out.segment("BCA", PURPOSE_ORIGINAL, acknowledgment.type().code(), acknowledgment.poNumber(), null, null,
                X12Values.date(acknowledgment.poDate()), acknowledgment.requestId());
        for (ChangeAcknowledgment.ChangedLine line : acknowledgment.lines()) {
            out.segment("POC", line.lineNumber(), line.changeType(),
                    line.quantity() == null ? null : line.quantity().toString(), null,
                    line.quantity() == null ? null : EACH, null, null, "VP", line.sku());
            ScheduleEntry.writeAcks(out, line.answer());
        }
        out.segment("CTT", Integer.toString(acknowledgment.lines().size()));
        out.endTransaction();
        out.endGroup();
        return out.finish();
    }

}
