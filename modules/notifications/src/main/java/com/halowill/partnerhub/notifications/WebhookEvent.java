package com.halowill.partnerhub.notifications;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told, by the names partners subscribe with. */
public enum WebhookEvent {
    ORDER_ACKNOWLEDGED("order.acknowledged"),
    COMMITMENT_CHANGED("commitment.changed"),
    SHIPMENT_CREATED("shipment.created"),
    ORDER_CANCELLED("order.cancelled"),
    /** The X12 855 of an acknowledged order, delivered as the document itself (application/edi-x12). */
    X12_855("x12.855"),
    /** The X12 856 of a recorded shipment, delivered as the document itself (application/edi-x12). */
    X12_856("x12.856"),
    /** The X12 865 answering a change request, when it is submitted and when ops decide it (application/edi-x12). */
    X12_865("x12.865"),
    /** The cXML ConfirmationRequest of an order that came by cXML, when it is acknowledged or its dates move (text/xml). */
    CXML_CONFIRMATION("cxml.confirmation"),
    /** The cXML ShipNoticeRequest of a shipment of an order that came by cXML (text/xml). */
    CXML_SHIP_NOTICE("cxml.ship-notice");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether deliveries carry a document (X12 or cXML) rather than a JSON event. */
    public boolean document() {
        return wireName.startsWith("x12.") || wireName.startsWith("cxml.");
    }

    /** The content type of a delivery's body. */
    public String contentType() {
        return wireName.startsWith("x12.") ? "application/edi-x12"
                : wireName.startsWith("cxml.") ? "text/xml; charset=UTF-8" : "application/json";
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
