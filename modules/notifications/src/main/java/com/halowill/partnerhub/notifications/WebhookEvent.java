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
    X12_865("x12.865");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether deliveries carry an X12 document rather than a JSON event. */
    public boolean x12() {
        return wireName.startsWith("x12.");
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
