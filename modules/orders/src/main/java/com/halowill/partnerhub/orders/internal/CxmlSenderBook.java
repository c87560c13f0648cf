package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.CxmlSender;
import com.halowill.partnerhub.orders.CxmlSenders;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** cXML senders in {@code orders.cxml_sender}; shared secrets kept as HMAC-SHA256 under a per-sender salt. */
@ApplicationScoped
@Transactional
class CxmlSenderBook implements CxmlSenders {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Distributors distributors;
    private final Clock clock;

    CxmlSenderBook(EntityManager em, Distributors distributors, Clock clock) {
        this.em = em;
        this.distributors = distributors;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<CxmlSender> all() {
        List<Object[]> rows = em.createNativeQuery("""
                select distributor, domain, identity, updated_at, updated_by from orders.cxml_sender
                order by distributor""").getResultList();
        return rows.stream().map(r -> new CxmlSender(new DistributorCode((String) r[0]), (String) r[1], (String) r[2],
                (Instant) r[3], (String) r[4])).toList();
    }

    @Override
    public CxmlSender save(DistributorCode distributor, String domain, String identity, String sharedSecret,
            String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (distributors.find(distributor).isEmpty()) {
            errors.add(new FieldError("distributor", "choose a distributor"));
        }
        if (domain == null || !domain.matches("[A-Za-z0-9._-]{1,40}")) {
            errors.add(new FieldError("domain", "1 to 40 letters, digits, dots, dashes or underscores, such as"
                    + " NetworkID or DUNS"));
        }
        if (identity == null || identity.isBlank() || identity.length() > 120 || !identity.equals(identity.strip())) {
            errors.add(new FieldError("identity", "1 to 120 characters, without leading or trailing spaces"));
        }
        if (sharedSecret == null || sharedSecret.length() < 16 || sharedSecret.length() > 200) {
            errors.add(new FieldError("sharedSecret", "16 to 200 characters"));
        }
        if (errors.isEmpty()) {
            List<?> owner = em.createNativeQuery("""
                    select distributor from orders.cxml_sender where domain = ?1 and identity = ?2
                    and distributor <> ?3""").setParameter(1, domain).setParameter(2, identity)
                    .setParameter(3, distributor.value()).getResultList();
            if (!owner.isEmpty()) {
                errors.add(new FieldError("identity", domain + "/" + identity + " is already " + owner.get(0)
                        + "'s: one credential, one distributor"));
            }
        }
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into orders.cxml_sender (distributor, domain, identity, salt, secret_hash, updated_at,
                    updated_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (distributor) do update set domain = excluded.domain, identity = excluded.identity,
                    salt = excluded.salt, secret_hash = excluded.secret_hash, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .setParameter(1, distributor.value()).setParameter(2, domain).setParameter(3, identity)
                .setParameter(4, salt).setParameter(5, hash(salt, sharedSecret)).setParameter(6, Timestamp.from(now))
                .setParameter(7, actor).executeUpdate();
        return new CxmlSender(distributor, domain, identity, now, actor);
    }

    @Override
    public boolean remove(DistributorCode distributor) {
        return em.createNativeQuery("delete from orders.cxml_sender where distributor = ?1")
                .setParameter(1, distributor.value()).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<DistributorCode> authenticate(String domain, String identity, String sharedSecret) {
        if (domain == null || identity == null || sharedSecret == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select distributor, salt, secret_hash from orders.cxml_sender where domain = ?1 and identity = ?2""")
                .setParameter(1, domain).setParameter(2, identity).getResultList();
        return rows.stream().filter(r -> MessageDigest.isEqual((byte[]) r[2], hash((byte[]) r[1], sharedSecret)))
                .map(r -> new DistributorCode((String) r[0])).findFirst();
    }

    private static byte[] hash(byte[] salt, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
