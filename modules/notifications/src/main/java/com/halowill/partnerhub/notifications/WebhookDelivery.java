package com.halowill.partnerhub.notifications;

import java.time.Instant;
import java.util.UUID;

/** One event to one endpoint: pending (with its next attempt), delivered, or dead after the last attempt. */
public record WebhookDelivery(UUID id, UUID endpointId, String event, String status, int attempts,
        Instant nextAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt, Instant createdAt) {
}
