package com.halowill.partnerhub.notifications;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A distributor's endpoint and the events it receives; {@code secret} is given only when it is created. */
public record WebhookEndpoint(UUID id, DistributorCode distributor, String url, List<WebhookEvent> events,
        String secret, Instant createdAt, String createdBy) {

    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
