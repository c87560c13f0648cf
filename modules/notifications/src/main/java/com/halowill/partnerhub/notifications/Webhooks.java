package com.halowill.partnerhub.notifications;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Distributors' webhook endpoints. Deliveries are JSON, signed with HMAC-SHA256 of the body under the endpoint's
 * secret ({@code X-PartnerHub-Signature: sha256=<hex>}), carry a unique {@code X-PartnerHub-Delivery} id, and are
 * retried with backoff until a 2xx: at least once, never lost, since they are written with the change itself.
 */
public interface Webhooks {

    /**
     * Registers an endpoint for some events; the answer carries its new secret, shown this once.
     *
     * @throws InvalidWebhook for a URL that is not https (or not absolute), an unknown or missing event, or too
     *         many endpoints
     */
    WebhookEndpoint register(String distributor, String url, List<String> events, String actor);

    List<WebhookEndpoint> endpoints(String distributor);

    /** Stops an endpoint: nothing more is delivered to it. False when it is not the distributor's. */
    boolean remove(String distributor, UUID endpointId);

    /** The newest deliveries to one of the distributor's endpoints (empty when it is not theirs). */
    List<WebhookDelivery> deliveries(String distributor, UUID endpointId, int limit);

    /** Deliveries that gave up, newest first (ops). */
    List<WebhookDelivery> deadLetters(int limit);

    /** Tries a dead delivery again from now (ops). */
    Optional<WebhookDelivery> replay(UUID deliveryId);
}
