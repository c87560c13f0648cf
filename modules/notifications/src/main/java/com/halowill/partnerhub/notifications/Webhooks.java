package com.halowill.partnerhub.notifications;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Distributors' webhook endpoints. Deliveries are JSON, signed with HMAC-SHA256 of the body under the endpoint's
 * secret ({@code X-PartnerHub-Signature: sha256=<hex>}) and of a timestamp and the body under each valid secret
 * ({@code X-PartnerHub-Signature-Timestamped: t=<unix seconds>,sha256=<hex>[,sha256=<hex>]}), carry a unique
 * {@code X-PartnerHub-Delivery} id, and are retried with backoff until a 2xx: at least once, never lost, since they
 * are written with the change itself. Endpoints are on public internet addresses only; secrets are kept sealed.
 */
public interface Webhooks {

    /**
     * Registers an endpoint for some events; the answer carries its new secret, shown this once.
     *
     * @throws InvalidWebhook for a URL that is not https (or not absolute), an unknown or missing event, or too
     *         many endpoints
     */
    WebhookEndpoint register(DistributorCode distributor, String url, List<String> events, String actor);

    List<WebhookEndpoint> endpoints(DistributorCode distributor);

    /**
     * Gives the endpoint a new secret, shown this once in the answer; the old one still signs deliveries beside it
     * for the configured overlap (a day by default), so the receiver can switch without losing one. Empty when the
     * endpoint is not the distributor's.
     */
    Optional<WebhookEndpoint> rotateSecret(DistributorCode distributor, UUID endpointId, String actor);

    /** Stops an endpoint: nothing more is delivered to it. False when it is not the distributor's. */
    boolean remove(DistributorCode distributor, UUID endpointId);

    /** The newest deliveries to one of the distributor's endpoints (empty when it is not theirs). */
    List<WebhookDelivery> deliveries(DistributorCode distributor, UUID endpointId, int limit);

    /** Whether some active endpoint of the distributor subscribed to the event. */
    boolean subscribed(DistributorCode distributor, WebhookEvent event);

    /**
     * Writes a document event (an X12 855, 856 or 865, a cXML confirmation or ship notice: {@link
     * WebhookEvent#document()}) for every endpoint of the distributor
     * that subscribed to it, in the caller's transaction: it is delivered exactly when the change that made it
     * commits, as it is, signed and retried like every delivery.
     */
    void publish(DistributorCode distributor, WebhookEvent event, java.time.Instant at, String document);

    /** Deliveries that gave up, newest first (ops). */
    List<WebhookDelivery> deadLetters(int limit);

    /** Tries a dead delivery again from now (ops). */
    Optional<WebhookDelivery> replay(UUID deliveryId);
}
