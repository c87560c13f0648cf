package com.halowill.partnerhub.notifications;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told, by the names partners subscribe with. */
public enum WebhookEvent {
    ORDER_ACKNOWLEDGED("order.acknowledged"),
    COMMITMENT_CHANGED("commitment.changed"),
    SHIPMENT_CREATED("shipment.created"),
    ORDER_CANCELLED("order.cancelled");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> of(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
