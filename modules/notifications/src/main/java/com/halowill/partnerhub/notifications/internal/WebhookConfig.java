package com.halowill.partnerhub.notifications.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How webhooks are delivered: which URLs are allowed, how often and how long they are retried. */
@ConfigMapping(prefix = "partnerhub.webhooks")
interface WebhookConfig {

    /** Plain http endpoints (development and tests only; partners get https). */
    @WithDefault("false")
    boolean allowHttp();

    /** The wait after the first failed attempt; it doubles with each attempt, up to {@link #maxBackoff()}. */
    @WithDefault("10S")
    Duration backoff();

    @WithDefault("1H")
    Duration maxBackoff();

    /** Attempts before a delivery is dead (ops can replay it). */
    @WithDefault("15")
    int maxAttempts();

    /** Deliveries one relay run claims at a time. */
    @WithDefault("20")
    int batch();

    @WithDefault("10S")
    Duration timeout();

    /** How long a claimed delivery is reserved for the instance that claimed it before others may retry it. */
    @WithDefault("2M")
    Duration lease();

    @WithDefault("10")
    int maxEndpoints();

    /**
     * Which addresses endpoints may have: {@code public} (production: public internet addresses only) or
     * {@code loopback} (tests and local runs: loopback only, no name looked up).
     */
    @WithDefault("public")
    EndpointAddresses.Mode addresses();

    /** The key endpoint secrets are sealed under: 32 random bytes in base64 (required; see {@link SecretBox}). */
    java.util.Optional<String> secretKey();

    /** How long a rotated secret still signs deliveries beside the new one. */
    @WithDefault("24H")
    Duration secretOverlap();

    /** How often the relay looks for due deliveries (read by its schedule). */
    @WithDefault("1s")
    String relayEvery();
}
