package com.halowill.partnerhub.api.edi.outbound;

import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.OutboundEnvelope;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import java.util.Objects;

/** Writes an 856 ship notice interchange, hierarchy shipment S / order O / pack P / items I. */
public final class AdvanceShipNotice {

    // BSN03/BSN04 = envelope timestamp; CTT01 = number of HL segments

    private static final String PURPOSE_ORIGINAL = "00";
    private static final String PICK_AND_PACK = "0001";
    private static final String ROUTING_ORIGIN_CARRIER = "B";
    private static final String SCAC_QUALIFIER = "2";
    private static final String SHIPPED = "011";

    public String write(OutboundEnvelope envelope, Shipment shipment) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(shipment, "shipment");
        InterchangeWriter out = envelope.open("SH", "856");
        out.segment("BSN", PURPOSE_ORIGINAL, shipment.shipmentId(), X12Values.date(envelope.timestamp().toLocalDate()),
                X12Values.time(envelope.timestamp().toLocalTime()), PICK_AND_PACK);

        out.segment("HL", "1", null, "S", "1");
        out.segment("TD5", ROUTING_ORIGIN_CARRIER, SCAC_QUALIFIER, shipment.carrierScac());
        if (shipment.trackingNumber() != null) {
            out.segment("REF", "CN", shipment.trackingNumber());
        }
        out.segment("DTM", SHIPPED, X12Values.date(shipment.shipDate()));

        out.segment("HL", "2", "1", "O", "1");
        out.segment("PRF", shipment.poNumber());

        out.segment("HL", "3", "2", "P", "1");
        if (shipment.packageId() != null) {
            out.segment("MAN", "GM", shipment.packageId());
        }

        int hl = 3;
        for (ShippedItem item : shipment.items()) {
            hl++;
            out.segment("HL", Integer.toString(hl), "3", "I", "0");
            if (item.buyerPart() == null) {
                out.segment("LIN", item.lineNumber(), "VP", item.sku());
            } else {
                out.segment("LIN", item.lineNumber(), "VP", item.sku(), "BP", item.buyerPart());
            }
            out.segment("SN1", null, X12Values.decimal(item.quantity()), "EA");
        }
        out.segment("CTT", Integer.toString(hl));
        out.endTransaction();
        out.endGroup();
        return out.finish();
    }
}
