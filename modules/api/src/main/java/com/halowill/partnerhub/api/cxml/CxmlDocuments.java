package com.halowill.partnerhub.api.cxml;

import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ScheduleLine;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cXML documents HaloWill sends about an order that came by cXML: the ConfirmationRequest (per line its accepted
 * quantities with their ship dates, what is backordered, what was rejected) and the ShipNoticeRequest of a shipment,
 * each referring to the OrderRequest (orderID, its payloadID) and addressed to the buyer's From credential.
 */
final class CxmlDocuments {

    private static final String HALOWILL = "HALOWILL";

    private CxmlDocuments() {
    }

    static String confirmation(PurchaseOrder order, CxmlOrigins.Origin origin, Instant now) {
        StringBuilder items = new StringBuilder();
        for (OrderLine l : order.lines()) {
            items.append("      <ConfirmationItem lineNumber=\"").append(l.lineNumber()).append("\" quantity=\"")
                    .append(l.quantity()).append("\">\n        <UnitOfMeasure>EA</UnitOfMeasure>\n");
            if (l.status() == LineStatus.REJECTED || l.status() == LineStatus.CANCELLED) {
                items.append(status(l.quantity() - l.shippedQuantity(), "reject", null));
            }
            for (ScheduleLine s : l.commitments()) {
                items.append(status(s.quantity(), s.shipDate() == null ? "backordered" : "detail", s));
            }
            if (l.commitments().isEmpty() && l.status() != LineStatus.REJECTED && l.status() != LineStatus.CANCELLED) {
                items.append(status(l.quantity(), "unknown", null));
            }
            items.append("      </ConfirmationItem>\n");
        }
        return document(order, origin, now, "    <ConfirmationRequest>\n"
                + "      <ConfirmationHeader type=\"detail\" noticeDate=\"" + CxmlText.time(now) + "\" operation=\"update\""
                + " confirmID=\"" + order.id() + "\"/>\n"
                + reference(order, origin, "      ") + items + "    </ConfirmationRequest>\n");
    }

    static String shipNotice(PurchaseOrder order, Shipment shipment, CxmlOrigins.Origin origin, Instant now) {
        Map<String, OrderLine> byRef = order.lines().stream()
                .collect(Collectors.toMap(l -> l.demandRef().value(), Function.identity()));
        StringBuilder items = new StringBuilder();
        shipment.lines().stream().filter(s -> byRef.containsKey(s.demandRef().value())).forEach(s -> items.append(
                "        <ShipNoticeItem quantity=\"").append(s.quantity()).append("\" lineNumber=\"")
                .append(byRef.get(s.demandRef().value()).lineNumber()).append("\">\n          <ItemID><SupplierPartID>")
                .append(CxmlText.escape(byRef.get(s.demandRef().value()).sku().value()))
                .append("</SupplierPartID></ItemID>\n"
                        + "          <UnitOfMeasure>EA</UnitOfMeasure>\n        </ShipNoticeItem>\n"));
        String control = shipment.carrier() == null && shipment.tracking() == null ? ""
                : "      <ShipControl>\n        <CarrierIdentifier domain=\"companyName\">"
                        + CxmlText.escape(shipment.carrier() == null ? "unknown" : shipment.carrier())
                        + "</CarrierIdentifier>\n        <ShipmentIdentifier>"
                        + CxmlText.escape(shipment.tracking() == null ? "" : shipment.tracking())
                        + "</ShipmentIdentifier>\n      </ShipControl>\n";
        return document(order, origin, now, "    <ShipNoticeRequest>\n"
                + "      <ShipNoticeHeader shipmentID=\"" + shipment.id() + "\" noticeDate=\"" + CxmlText.time(now)
                + "\" shipmentDate=\"" + shipment.shipDate() + "T00:00:00Z\"/>\n" + control
                + "      <ShipNoticePortion>\n" + reference(order, origin, "        ") + items
                + "      </ShipNoticePortion>\n    </ShipNoticeRequest>\n");
    }

    private static String status(int quantity, String type, ScheduleLine s) {
        return "        <ConfirmationStatus quantity=\"" + quantity + "\" type=\"" + type + "\""
                + (s != null && s.shipDate() != null ? " shipmentDate=\"" + s.shipDate() + "T00:00:00Z\"" : "")
                + (s != null && s.deliveryDate() != null ? " deliveryDate=\"" + s.deliveryDate() + "T00:00:00Z\"" : "")
                + ">\n          <UnitOfMeasure>EA</UnitOfMeasure>\n        </ConfirmationStatus>\n";
    }

    private static String reference(PurchaseOrder order, CxmlOrigins.Origin origin, String indent) {
        return indent + "<OrderReference orderID=\"" + CxmlText.escape(order.poNumber()) + "\" orderDate=\""
                + CxmlText.escape(origin.orderDate()) + "\">\n" + indent + "  <DocumentReference payloadID=\""
                + CxmlText.escape(origin.payloadId()) + "\"/>\n" + indent + "</OrderReference>\n";
    }

    private static String document(PurchaseOrder order, CxmlOrigins.Origin origin, Instant now, String request) {
        return CxmlText.open(now) + "  <Header>\n"
                + "    <From><Credential domain=\"NetworkID\"><Identity>" + HALOWILL + "</Identity></Credential></From>\n"
                + "    <To><Credential domain=\"" + CxmlText.escape(origin.fromDomain()) + "\"><Identity>"
                + CxmlText.escape(origin.fromIdentity()) + "</Identity></Credential></To>\n"
                + "    <Sender><Credential domain=\"NetworkID\"><Identity>" + HALOWILL + "</Identity></Credential>"
                + "<UserAgent>HaloWill Partner Hub</UserAgent></Sender>\n  </Header>\n"
                + "  <Request deploymentMode=\"production\">\n" + request + "  </Request>\n</cXML>\n";
    }

}
