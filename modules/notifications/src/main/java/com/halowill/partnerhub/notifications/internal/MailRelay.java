package com.halowill.partnerhub.notifications.internal;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends the mails the outbox wrote: claims a batch (skipping what another instance holds), hands each to the SMTP
 * server, and records it sent, or failed and due again after a growing pause; after ten attempts it stays failed.
 */
@ApplicationScoped
class MailRelay {

    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 10;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private record Claimed(UUID id, String email, String subject, String text, String html, int attempts) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final String from;

    MailRelay(EntityManager em, Mailer mailer, Clock clock, MailConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.from = config.from();
    }

    @Scheduled(every = "${partnerhub.mail.relay-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        List<Claimed> batch;
        do {
            batch = claim();
            batch.forEach(this::send);
        } while (batch.size() == BATCH);
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            List<Object[]> rows = em.createNativeQuery("""
                    select id, email, subject, text_body, html_body, attempts from notifications.mail
                    where status = 'PENDING' and next_attempt_at <= ?1
                    order by next_attempt_at limit ?2 for update skip locked""")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, BATCH).getResultList();
            List<Claimed> claimed = rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).intValue())).toList();
            if (!claimed.isEmpty()) {
                em.createNativeQuery(
                        "update notifications.mail set next_attempt_at = ?1 where id = any(cast(?2 as uuid[]))")
                        .setParameter(1, Timestamp.from(now.plus(LEASE)))
                        .setParameter(2, claimed.stream().map(Claimed::id).toArray(UUID[]::new)).executeUpdate();
            }
            return claimed;
        });
    }

    private void send(Claimed m) {
        String error = null;
        try {
            mailer.send(Mail.withText(m.email(), m.subject(), m.text()).setHtml(m.html()).setFrom(from));
        } catch (RuntimeException e) {
            error = "the mail server did not take it";
            Log.warnf("mail %s to %s: %s", m.id(), m.email(), e.toString());
        }
        int attempts = m.attempts() + 1;
        Instant now = Instant.now(clock);
        String state = error == null ? "SENT" : attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING";
        Duration wait = Duration.ofSeconds(10).multipliedBy(1L << Math.min(12, attempts - 1));
        String why = error;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update notifications.mail set status = ?1, attempts = ?2, next_attempt_at = ?3, last_error = ?4,
                sent_at = ?5 where id = ?6 and status = 'PENDING' and attempts = ?7""")
                .setParameter(1, state).setParameter(2, attempts).setParameter(3, Timestamp.from(now.plus(wait)))
                .setParameter(4, why).setParameter(5, why == null ? Timestamp.from(now) : null)
                .setParameter(6, m.id()).setParameter(7, m.attempts()).executeUpdate());
    }
}
