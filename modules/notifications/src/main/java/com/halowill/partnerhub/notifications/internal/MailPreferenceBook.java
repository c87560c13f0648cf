package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.notifications.MailPreference;
import com.halowill.partnerhub.notifications.MailPreferences;
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
                select username, distributor, email, acknowledgments, moved_dates, shipments, updated_at
                from notifications.mail_preference where username = ?1""").setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(r -> new MailPreference((String) r[0], (String) r[1], (String) r[2],
                (Boolean) r[3], (Boolean) r[4], (Boolean) r[5], (Instant) r[6]));
    }

    @Override
    public MailPreference save(MailPreference p) {
        String email = p.email() == null ? "" : p.email().strip();
        if (email.length() > 254 || !email.matches("[^@\\s<>\",;]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
            throw new IllegalArgumentException("the address '" + email + "' is not one a mail can be sent to");
        }
        if (p.username() == null || p.username().isBlank() || p.distributor() == null || p.distributor().isBlank()) {
            throw new IllegalArgumentException("mail preferences are a distributor's person's");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into notifications.mail_preference (username, distributor, email, acknowledgments, moved_dates,
                    shipments, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (username) do update set distributor = excluded.distributor, email = excluded.email,
                    acknowledgments = excluded.acknowledgments, moved_dates = excluded.moved_dates,
                    shipments = excluded.shipments, updated_at = excluded.updated_at""")
                .setParameter(1, p.username()).setParameter(2, p.distributor()).setParameter(3, email)
                .setParameter(4, p.acknowledgments()).setParameter(5, p.movedDates()).setParameter(6, p.shipments())
                .setParameter(7, Timestamp.from(now)).executeUpdate();
        return new MailPreference(p.username(), p.distributor(), email, p.acknowledgments(), p.movedDates(),
                p.shipments(), now);
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
