package com.halowill.partnerhub.notifications.internal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Once a day (7:00 in the business zone by default), collects the mails held for people who chose a digest into one
 * mail each, in one transaction: the digest is written for {@link MailRelay} to send and the mails it holds are
 * marked as collected, so a mail is in exactly one digest even with several instances running.
 */
@ApplicationScoped
class MailDigest {

    private static final Pattern BODY = Pattern.compile("(?s)<body[^>]*>(.*)</body>");

    private record Held(UUID id, String username, String email, String subject, String text, String html) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final MailConfig config;

    MailDigest(EntityManager em, Clock clock, MailConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(cron = "${partnerhub.mail.digest-cron:0 0 7 * * ?}",
            timeZone = "${partnerhub.business-zone:America/Los_Angeles}")
    void daily() {
        collect();
    }

    /** Writes one digest per person with held mails; the number of digests written. */
    @SuppressWarnings("unchecked")
    int collect() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    select id, username, email, subject, text_body, html_body from notifications.mail
                    where status = 'HELD' order by username, created_at for update skip locked""").getResultList();
            Map<String, List<Held>> byUser = new LinkedHashMap<>();
            for (Object[] r : rows) {
                byUser.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(new Held((UUID) r[0], (String) r[1],
                        (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
            }
            Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
            for (List<Held> held : byUser.values()) {
                Held last = held.get(held.size() - 1);
                StringBuilder text = new StringBuilder("Your Partner Hub updates (" + held.size() + "):\n\n");
                StringBuilder html = new StringBuilder("<p>Your Partner Hub updates (" + held.size() + "):</p>");
                for (Held h : held) {
                    text.append("== ").append(h.subject()).append(" ==\n").append(h.text()).append("\n");
                    Matcher m = BODY.matcher(h.html());
                    html.append("<hr><h2 style=\"font-size: 1.1em\">").append(MailRows.escape(h.subject()))
                            .append("</h2>").append(m.find() ? m.group(1) : "");
                }
                text.append("You get one mail a day because you chose a digest: ")
                        .append(config.link("/portal/preferences")).append('\n');
                MailRows.pending(em, last.username(), last.email(), "DIGEST",
                        "Your Partner Hub updates: " + held.size() + " since the last digest", text.toString(),
                        MailRows.page("Your Partner Hub updates", html.toString()), now);
                em.createNativeQuery(
                        "update notifications.mail set status = 'DIGESTED' where id = any(cast(?1 as uuid[]))")
                        .setParameter(1, held.stream().map(Held::id).toArray(UUID[]::new)).executeUpdate();
            }
            return byUser.size();
        });
    }
}
