package com.halowill.partnerhub.notifications.internal;
import com.halowill.partnerhub.catalog.DistributorCode;

import com.halowill.partnerhub.notifications.MailPreference;
import com.halowill.partnerhub.notifications.MailPreferences;
import com.halowill.partnerhub.notifications.OpsMailPreference;
import com.halowill.partnerhub.notifications.SentMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Mail preferences and the mails written for each user, in the {@code notifications} schema. */
@ApplicationScoped
@Transactional
class MailPreferenceBook implements MailPreferences {

    private final EntityManager em;
    private final Clock clock;

    MailPreferenceBook(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<MailPreference> of(String username) {
        List<Object[]> rows = em.createNativeQuery("""
                select username, distributor, email, acknowledgments, moved_dates, shipments, digest, updated_at
                from notifications.mail_preference where username = ?1""").setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(r -> new MailPreference((String) r[0], new DistributorCode((String) r[1]),
                (String) r[2], (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], (Boolean) r[6], (Instant) r[7]));
    }

    /** The address as saved, or IllegalArgumentException when a mail cannot be sent to it. */
    static String address(String typed) {
        String email = typed == null ? "" : typed.strip();
        if (email.length() > 254 || !email.matches("[^@\\s<>\",;]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            throw new IllegalArgumentException("the address '" + email + "' is not one a mail can be sent to");
        }
        return email;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<OpsMailPreference> ofOps(String username) {
        List<Object[]> rows = em.createNativeQuery("""
                select username, email, proposals, change_requests, dead_letters, updated_at
                from notifications.ops_mail_preference where username = ?1""").setParameter(1, username)
                .getResultList();
        return rows.stream().findFirst().map(r -> new OpsMailPreference((String) r[0], (String) r[1], (Boolean) r[2],
                (Boolean) r[3], (Boolean) r[4], (Instant) r[5]));
    }

    @Override
    public OpsMailPreference saveOps(OpsMailPreference p) {
        String email = address(p.email());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into notifications.ops_mail_preference (username, email, proposals, change_requests,
                    dead_letters, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (username) do update set email = excluded.email, proposals = excluded.proposals,
                    change_requests = excluded.change_requests, dead_letters = excluded.dead_letters,
                    updated_at = excluded.updated_at""")
                .setParameter(1, p.username()).setParameter(2, email).setParameter(3, p.proposals())
                .setParameter(4, p.changeRequests()).setParameter(5, p.deadLetters())
                .setParameter(6, Timestamp.from(now)).executeUpdate();
        return new OpsMailPreference(p.username(), email, p.proposals(), p.changeRequests(), p.deadLetters(), now);
    }

    @Override
    public MailPreference save(MailPreference p) {
        String email = address(p.email());
        if (p.username() == null || p.username().isBlank() || p.distributor() == null) {
            throw new IllegalArgumentException("mail preferences are a distributor's person's");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into notifications.mail_preference (username, distributor, email, acknowledgments, moved_dates,
                    shipments, digest, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (username) do update set distributor = excluded.distributor, email = excluded.email,
                    acknowledgments = excluded.acknowledgments, moved_dates = excluded.moved_dates,
                    shipments = excluded.shipments, digest = excluded.digest, updated_at = excluded.updated_at""")
                .setParameter(1, p.username()).setParameter(2, p.distributor().value()).setParameter(3, email)
                .setParameter(4, p.acknowledgments()).setParameter(5, p.movedDates()).setParameter(6, p.shipments())
                .setParameter(7, p.digest()).setParameter(8, Timestamp.from(now)).executeUpdate();
        return new MailPreference(p.username(), p.distributor(), email, p.acknowledgments(), p.movedDates(),
                p.shipments(), p.digest(), now);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<SentMail> recent(String username, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select kind, subject, status, attempts, created_at, sent_at from notifications.mail
                where username = ?1 order by created_at desc limit ?2""").setParameter(1, username)
                .setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new SentMail((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), (Instant) r[4], (Instant) r[5])).toList();
    }
}
