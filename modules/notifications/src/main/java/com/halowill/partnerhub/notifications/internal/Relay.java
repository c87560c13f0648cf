package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.notifications.WebhookEvent;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers due deliveries: posts them to webhook URLs, or puts them as files into SFTP drop folders
 * ({@link SftpDrop}). A run claims a batch with {@code for update skip locked} and leases it (moves
 * its next attempt past the lease) in one short transaction, so several instances never send the same delivery at
 * once and one that dies mid-send lets another retry after the lease; then it posts each and records the outcome.
 * It sends only while a send (connect and answer, each within the timeout) still ends inside the lease, and gives
 * the rest back at once; an outcome is recorded only over the attempt it claimed, so a delivery's state moves
 * forward only (a late answer never turns DELIVERED back into PENDING).
 */
@ApplicationScoped
class Relay {

    /**
     * A delivery claimed for sending: where (an HTTPS URL, or an SFTP drop folder with its user and pinned host key),
     * what, and with which secrets (the current one first; a drop folder's password).
     */
    private record Claimed(UUID id, String url, List<String> secrets, String type, String payload, int attempts,
            String kind, String user, String hostKey, Instant createdAt) {

        /** Whether it goes into an SFTP drop folder rather than to an HTTPS URL. */
        boolean dropFolder() {
            return "SFTP".equals(kind);
        }
    }

    /** Timeouts a send may take in all: connect and answer for a post; connect, log in, open and write for a put. */
    private static final int POST_STEPS = 2;
    private static final int PUT_STEPS = 4;

    /** How a send ended: the HTTP status a URL answered, or why nothing was delivered; neither for a file put. */
    private record Sent(boolean delivered, Integer status, String error) {
    }

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final WebhookPost http;
    private final EndpointAddresses addresses;
    private final SftpDrop drop;

    private final SecretBox box;

    @jakarta.inject.Inject
    Relay(EntityManager em, WebhookConfig config, Clock clock, SecretBox box, SftpDrop drop, WebhookPost http) {
        this(em, config, clock, box, drop, http, new EndpointAddresses(config.addresses()));
    }

    Relay(EntityManager em, WebhookConfig config, Clock clock, SecretBox box, SftpDrop drop, WebhookPost http,
            EndpointAddresses addresses) {
        this.em = em;
        this.drop = drop;
        this.box = box;
        this.config = config;
        this.clock = clock;
        this.addresses = addresses;
        this.http = http;
    }

    @Scheduled(every = "${partnerhub.webhooks.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        List<Claimed> batch;
        do {
            Instant claimedAt = Instant.now(clock);
            batch = claim(claimedAt);
            for (int i = 0; i < batch.size(); i++) {
                if (Instant.now(clock).plus(longestSend(batch.get(i))).isAfter(claimedAt.plus(lease()))) {
                    giveBack(batch.subList(i, batch.size()));
                    return;
                }
                send(batch.get(i));
            }
        } while (batch.size() == config.batch());
    }

    /**
     * The longest a send can take: connecting and waiting for the answer, each bounded by the timeout; for a drop
     * folder connecting, authenticating, opening the channel and writing, each bounded by it.
     */
    private Duration longestSend(Claimed d) {
        return config.timeout().multipliedBy(d.dropFolder() ? PUT_STEPS : POST_STEPS);
    }

    /** The lease, never shorter than the longest send of any kind and a second. */
    private Duration lease() {
        Duration least = config.timeout().multipliedBy(Math.max(POST_STEPS, PUT_STEPS)).plusSeconds(1);
        return config.lease().compareTo(least) < 0 ? least : config.lease();
    }

    /** Deliveries claimed but not sent within the lease go back to the queue, due now, for any instance. */
    private void giveBack(List<Claimed> rest) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update notifications.delivery set next_attempt_at = ?1
                where id = any(cast(?2 as uuid[])) and status = 'PENDING'""")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, rest.stream().map(Claimed::id).toArray(UUID[]::new)).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    select d.id, p.url, p.secret, e.type, e.payload, d.attempts,
                           case when p.previous_until > ?1 then p.previous_secret end,
                           p.kind, p.username, p.host_key, e.created_at
                    from notifications.delivery d join notifications.endpoint p on p.id = d.endpoint_id
                    join notifications.outbox_event e on e.id = d.event_id
                    where d.status = 'PENDING' and d.next_attempt_at <= ?1 and p.active
                    order by d.next_attempt_at limit ?2 for update of d skip locked""")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, config.batch()).getResultList();
            List<Claimed> claimed = rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1],
                    secrets((String) r[2], (String) r[6]), (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                    (String) r[7], (String) r[8], (String) r[9], (Instant) r[10])).toList();
            if (!claimed.isEmpty()) {
                em.createNativeQuery("""
                        update notifications.delivery set next_attempt_at = ?1 where id = any(cast(?2 as uuid[]))""")
                        .setParameter(1, Timestamp.from(now.plus(lease())))
                        .setParameter(2, claimed.stream().map(Claimed::id).toArray(UUID[]::new)).executeUpdate();
            }
            return claimed;
        });
    }

    /** The endpoint's secrets opened, the current one first; empty when they cannot be (the key changed). */
    private List<String> secrets(String current, String previous) {
        List<String> secrets = new java.util.ArrayList<>(2);
        for (String kept : previous == null ? List.of(current) : List.of(current, previous)) {
            try {
                secrets.add(box.open(kept));
            } catch (IllegalStateException e) {
                Log.error(e.getMessage());
                break; // without the current secret nothing is signed; without the previous one, only by the current
            }
        }
        return secrets;
    }

    private void send(Claimed d) {
        if (d.secrets().isEmpty()) {
            record(d, new Sent(false, null, d.dropFolder()
                    ? "no password: the drop folder's password cannot be read (ops have been told)"
                    : "not signed: the endpoint's secret cannot be read (ops have been told)"));
            return;
        }
        URI uri = URI.create(d.url());
        java.net.InetAddress address; // looked up once: both transports connect to the address checked
        try {
            address = addresses.pinned(uri.getHost());
        } catch (EndpointAddresses.Refused e) {
            record(d, new Sent(false, null, "address refused: " + e.getMessage()));
            return;
        }
        if (d.dropFolder()) {
            Optional<String> failed = drop.put(new SftpDrop.Target(uri, d.user(), d.secrets().get(0), d.hostKey()),
                    address, fileName(d), d.payload());
            record(d, new Sent(failed.isEmpty(), null, failed.orElse(null)));
            return;
        }
        try {
            int status = http.post(uri, address, java.util.Map.of(
                    "Content-Type", WebhookEvent.of(d.type()).map(WebhookEvent::contentType).orElse("application/json"),
                    "User-Agent", "PartnerHub-Webhooks/1",
                    "X-PartnerHub-Event", d.type(), "X-PartnerHub-Delivery", d.id().toString(),
                    "X-PartnerHub-Signature", Signature.of(d.secrets().get(0), d.payload()),
                    "X-PartnerHub-Signature-Timestamped",
                    Signature.timestamped(Instant.now(clock).getEpochSecond(), d.secrets(), d.payload())),
                    d.payload());
            record(d, new Sent(status >= 200 && status < 300, status, null));
        } catch (java.io.IOException | IllegalArgumentException e) {
            Log.debugf("webhook delivery %s to %s: %s", d.id(), d.url(), e.toString());
            record(d, new Sent(false, null, SendFailure.of(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A delivery's file in a drop folder: the document and when it was made, then the delivery id, such as
     * {@code 855-20270208T140512Z-<delivery id>.x12}, so files sort by time and each delivery is one file.
     */
    private static String fileName(Claimed d) {
        String document = d.type().startsWith("x12.") ? d.type().substring(4) : d.type().replace('.', '-');
        return document + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(d.createdAt()) + "-" + d.id() + ".x12";
    }

    private void record(Claimed d, Sent sent) {
        boolean delivered = sent.delivered();
        Integer status = sent.status();
        String error = sent.error();
        int attempts = d.attempts() + 1;
        Instant now = Instant.now(clock);
        long factor = 1L << Math.min(30, attempts - 1);
        Duration wait = config.backoff().multipliedBy(factor);
        Instant next = now.plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
        String state = delivered ? "DELIVERED" : attempts >= config.maxAttempts() ? "DEAD" : "PENDING";
        String why = delivered ? null : error != null ? error : "answered HTTP " + status;
        int recorded = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update notifications.delivery set status = ?1, attempts = ?2, next_attempt_at = ?3, last_status = ?4,
                last_error = ?5, delivered_at = ?6, dead_at = ?9
                where id = ?7 and status = 'PENDING' and attempts = ?8""")
                .setParameter(1, state).setParameter(2, attempts).setParameter(3, Timestamp.from(next))
                .setParameter(4, status).setParameter(5, why == null ? null : why.substring(0, Math.min(500,
                        why.length())))
                .setParameter(6, delivered ? Timestamp.from(now) : null).setParameter(7, d.id())
                .setParameter(8, d.attempts()).setParameter(9, "DEAD".equals(state) ? Timestamp.from(now) : null)
                .executeUpdate());
        if (recorded == 0) {
            Log.infof("webhook delivery %s: another attempt was recorded first; this outcome (%s) is dropped", d.id(),
                    delivered ? "delivered" : why);
        } else if (!delivered) {
            Log.debugf("webhook delivery %s to %s failed (%s); %s", d.id(), d.url(), why, state);
        }
    }
}
