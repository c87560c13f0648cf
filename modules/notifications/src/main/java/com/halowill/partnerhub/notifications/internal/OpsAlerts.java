package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells ops by mail what came in since the last run (every 15 minutes by default): new proposals waiting in the
 * queue, change requests waiting for review, webhook deliveries that died. One mail per person with what it chose,
 * only when there is something new; the run and its mails are one transaction on the locked run row, so two
 * instances never tell the same thing twice.
 */
@ApplicationScoped
class OpsAlerts {

    private static final int SHOWN = 20;
    private static final int COUNTED = 1000;
    /** The largest id: proposals received after an instant, whatever their id. */
    private static final java.util.UUID AFTER_ANY = new java.util.UUID(-1L, -1L);

    private final EntityManager em;
    private final Promises promises;
    private final ChangeRequests changeRequests;
    private final Clock clock;
    private final MailConfig config;

    OpsAlerts(EntityManager em, Promises promises, ChangeRequests changeRequests, Clock clock, MailConfig config) {
        this.em = em;
        this.promises = promises;
        this.changeRequests = changeRequests;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${partnerhub.mail.ops-every:15m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Mails what is new since the last run to the ops people who chose it; the number of mails written. */
    @SuppressWarnings("unchecked")
    int run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> locked = em.createNativeQuery(
                    "select told_up_to from notifications.ops_alert_run where id = 1 for update skip locked")
                    .getResultList();
            if (locked.isEmpty()) {
                return 0;
            }
            Instant since = (Instant) locked.get(0);
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            List<Commitment> proposals = promises.proposals(new ProposalFilter(null, null, since, AFTER_ANY), COUNTED)
                    .stream().filter(c -> !c.receivedAt().isAfter(now)).toList();
            List<ChangeRequest> requests = changeRequests.pending(COUNTED).stream()
                    .filter(r -> r.requestedAt().isAfter(since) && !r.requestedAt().isAfter(now)).toList();
            List<Object[]> dead = em.createNativeQuery("""
                    select e.type, p.distributor, p.url, d.last_error from notifications.delivery d
                    join notifications.outbox_event e on e.id = d.event_id
                    join notifications.endpoint p on p.id = d.endpoint_id
                    where d.status = 'DEAD' and d.dead_at > ?1 and d.dead_at <= ?2 order by d.dead_at""")
                    .setParameter(1, Timestamp.from(since)).setParameter(2, Timestamp.from(now)).getResultList();
            List<Object[]> people = em.createNativeQuery("""
                    select username, email, proposals, change_requests, dead_letters
                    from notifications.ops_mail_preference where proposals or change_requests or dead_letters""")
                    .getResultList();
            int written = 0;
            for (Object[] p : people) {
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                List<String> told = new java.util.ArrayList<>();
                if ((Boolean) p[2] && !proposals.isEmpty()) {
                    told.add(count(proposals.size()) + " new proposal" + (proposals.size() == 1 ? "" : "s"));
                    List<String> items = proposals.stream().limit(SHOWN).map(c -> c.distributor() + ": "
                            + c.quantity() + " x " + c.sku() + (c.lastShipDate() == null ? ", no date yet"
                                    : ", ship " + c.lastShipDate())).toList();
                    section(text, html, count(proposals.size()) + (proposals.size() == 1 ? " new proposal waits"
                            : " new proposals wait") + " in the queue", config.link("/console"), items);
                }
                if ((Boolean) p[3] && !requests.isEmpty()) {
                    told.add(requests.size() + " change request" + (requests.size() == 1 ? "" : "s"));
                    List<String> items = requests.stream().limit(SHOWN).map(r -> r.distributor() + " PO "
                            + r.poNumber() + (r.note() == null ? "" : ": " + r.note())).toList();
                    section(text, html, requests.size() + (requests.size() == 1 ? " change request waits"
                            : " change requests wait") + " for review", config.link("/console/changes"), items);
                }
                if ((Boolean) p[4] && !dead.isEmpty()) {
                    told.add(dead.size() + " dead webhook deliver" + (dead.size() == 1 ? "y" : "ies"));
                    List<String> items = dead.stream().limit(SHOWN).map(d -> d[1] + " " + d[0] + " to " + d[2] + ": "
                            + d[3]).toList();
                    section(text, html, dead.size() + (dead.size() == 1 ? " webhook delivery" : " webhook deliveries")
                            + " gave up", config.link("/console/webhooks"), items);
                }
                if (told.isEmpty()) {
                    continue;
                }
                String choice = config.link("/console/mail");
                MailRows.pending(em, (String) p[0], (String) p[1], "OPS", "Partner Hub ops: " + String.join(", ", told),
                        text + "Your choice of ops mails: " + choice + "\n", MailRows.page("Partner Hub ops", html
                                + "<p style=\"color: #5a6270; font-size: small\"><a href=\"" + choice
                                + "\">Your choice of ops mails</a></p>"), Timestamp.from(now));
                written++;
            }
            em.createNativeQuery("update notifications.ops_alert_run set told_up_to = ?1 where id = 1")
                    .setParameter(1, Timestamp.from(now)).executeUpdate();
            return written;
        });
    }

    private static String count(int n) {
        return n >= COUNTED ? COUNTED + " or more" : String.valueOf(n);
    }

    private static void section(StringBuilder text, StringBuilder html, String title, String link, List<String> items) {
        text.append(title).append(": ").append(link).append('\n');
        items.forEach(i -> text.append("  - ").append(i).append('\n'));
        text.append('\n');
        html.append("<h2 style=\"font-size: 1.1em\"><a href=\"").append(link).append("\">")
                .append(MailRows.escape(title)).append("</a></h2><ul>").append(items.stream().map(i -> "<li>" + MailRows.escape(i) + "</li>")
                        .collect(Collectors.joining())).append("</ul>");
    }
}
