package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.notifications.WebhookEndpoint;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.notifications.Webhooks;
import com.halowill.partnerhub.platform.RowIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Webhook endpoints and their deliveries in the {@code notifications} schema. */
@ApplicationScoped
@Transactional
class WebhookRegistry implements Webhooks {

    static final String DELIVERY = """
            select d.id, d.endpoint_id, e.type, d.status, d.attempts, d.next_attempt_at, d.last_status, d.last_error,
                   d.delivered_at, d.created_at
            from notifications.delivery d join notifications.outbox_event e on e.id = d.event_id""";

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final SecretBox box;
    private final Outbox outbox;

    WebhookRegistry(EntityManager em, WebhookConfig config, Clock clock, SecretBox box, Outbox outbox) {
        this.outbox = outbox;
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.box = box;
    }

    @Override
    public WebhookEndpoint register(DistributorCode code, String url, List<String> events, String actor) {
        String distributor = code.value();
        URI uri = check(url);
        if (events == null || events.isEmpty()) {
            throw new InvalidWebhook("events", "name at least one of " + names());
        }
        LinkedHashSet<WebhookEvent> chosen = new LinkedHashSet<>();
        for (String e : events) {
            chosen.add(WebhookEvent.of(e).orElseThrow(() -> new InvalidWebhook("events", "unknown event '" + e
                    + "'; events are " + names())));
        }
        long existing = ((Number) em.createNativeQuery(
                "select count(*) from notifications.endpoint where distributor = ?1 and active and kind = 'HTTPS'")
                .setParameter(1, distributor).getSingleResult()).longValue();
        if (existing >= config.maxEndpoints()) {
            throw new InvalidWebhook("url", "at most " + config.maxEndpoints() + " endpoints per distributor");
        }
        UUID id = RowIds.next();
        String secret = Signature.newSecret();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into notifications.endpoint (id, distributor, url, events, secret, created_at, created_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, distributor).setParameter(3, uri.toString())
                .setParameter(4, String.join(",", chosen.stream().map(WebhookEvent::wireName).toList()))
                .setParameter(5, box.seal(secret)).setParameter(6, Timestamp.from(now))
                .setParameter(7, actor).executeUpdate();
        return new WebhookEndpoint(id, code, uri.toString(), List.copyOf(chosen), secret, now, actor);
    }

    private URI check(String url) {
        URI uri;
        try {
            uri = url == null || url.length() > 2000 ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("https")
                || (scheme.equals("http") && config.allowHttp()))) {
            throw new InvalidWebhook("url", "must be an absolute https URL of at most 2000 characters");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidWebhook("url", "must not carry a user name or password");
        }
        Optional<String> refused = new EndpointAddresses(config.addresses()).refusal(uri.getHost());
        if (refused.isPresent()) {
            throw new InvalidWebhook("url", "its host " + uri.getHost() + " is refused (" + refused.get()
                    + "): webhooks go to public internet addresses only");
        }
        return uri;
    }

    private static String names() {
        return String.join(", ", Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<WebhookEndpoint> endpoints(DistributorCode code) {
        String distributor = code.value();
        List<Object[]> rows = em.createNativeQuery("""
                select id, distributor, url, events, created_at, created_by from notifications.endpoint
                where distributor = ?1 and active and kind = 'HTTPS' order by created_at""")
                .setParameter(1, distributor).getResultList();
        return rows.stream().map(r -> endpoint(r, null)).toList();
    }

    /** An endpoint row (id, distributor, url, events, created_at, created_by), with the secret to show or null. */
    private static WebhookEndpoint endpoint(Object[] r, String secret) {
        return new WebhookEndpoint((UUID) r[0], new DistributorCode((String) r[1]), (String) r[2],
                Arrays.stream(((String) r[3]).split(","))
                .map(e -> WebhookEvent.of(e).orElseThrow()).toList(), secret, (Instant) r[4], (String) r[5]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<WebhookEndpoint> rotateSecret(DistributorCode code, UUID endpointId, String actor) {
        String secret = Signature.newSecret();
        Instant until = Instant.now(clock).plus(config.secretOverlap()).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = em.createNativeQuery("""
                update notifications.endpoint set previous_secret = secret, previous_until = ?1, secret = ?2
                where id = ?3 and distributor = ?4 and active and kind = 'HTTPS'
                returning id, distributor, url, events, created_at, created_by""")
                .setParameter(1, Timestamp.from(until)).setParameter(2, box.seal(secret)).setParameter(3, endpointId)
                .setParameter(4, code.value()).getResultList();
        return rows.stream().findFirst().map(r -> endpoint(r, secret));
    }

    @Override
    public boolean remove(DistributorCode code, UUID endpointId) {
        String distributor = code.value();
        return em.createNativeQuery("""
                update notifications.endpoint set active = false where id = ?1 and distributor = ?2 and active
                and kind = 'HTTPS'""")
                .setParameter(1, endpointId).setParameter(2, distributor).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(DistributorCode code, UUID endpointId, int limit) {
        String distributor = code.value();
        return read(em.createNativeQuery(DELIVERY + " join notifications.endpoint p on p.id = d.endpoint_id"
                + " where d.endpoint_id = ?1 and p.distributor = ?2 order by d.created_at desc limit ?3")
                .setParameter(1, endpointId).setParameter(2, distributor).setParameter(3, limit).getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean subscribed(DistributorCode distributor, WebhookEvent event) {
        return !em.createNativeQuery("""
                select 1 from notifications.endpoint
                where distributor = ?1 and active and ?2 = any(string_to_array(events, ','))""")
                .setParameter(1, distributor.value()).setParameter(2, event.wireName()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(DistributorCode distributor, WebhookEvent event, Instant at, String document) {
        if (!event.document()) {
            throw new IllegalArgumentException(event.wireName() + " is a JSON event, written by the outbox itself");
        }
        outbox.document(distributor.value(), event, at, document);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deadLetters(int limit) {
        return read(em.createNativeQuery(DELIVERY + " where d.status = 'DEAD' order by d.created_at desc limit ?1")
                .setParameter(1, limit).getResultList());
    }

    @Override
    public Optional<WebhookDelivery> replay(UUID deliveryId) {
        em.createNativeQuery("""
                update notifications.delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1
                where id = ?2 and status = 'DEAD'""")
                .setParameter(1, Timestamp.from(Instant.now(clock))).setParameter(2, deliveryId).executeUpdate();
        return read(em.createNativeQuery(DELIVERY + " where d.id = ?1").setParameter(1, deliveryId).getResultList())
                .stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    static List<WebhookDelivery> read(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new WebhookDelivery((UUID) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), (Instant) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], (Instant) r[8], (Instant) r[9]))
                .toList();
    }
}
