package com.halowill.partnerhub.notifications.internal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Seals, when the application starts, endpoint secrets still kept as written before sealing existed; an
 * application without its secret key therefore refuses to start rather than failing at its first delivery. Safe on
 * several instances at once: each row is sealed by whichever takes its lock.
 */
@ApplicationScoped
class SecretSealing {

    private final EntityManager em;
    private final SecretBox box;

    SecretSealing(EntityManager em, SecretBox box) {
        this.em = em;
        this.box = box;
    }

    @SuppressWarnings("unchecked")
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    select id, secret, previous_secret from notifications.endpoint
                    where secret not like 'sealed:v1:%' or previous_secret not like 'sealed:v1:%'
                    for update skip locked""").getResultList();
            for (Object[] r : rows) {
                String previous = (String) r[2];
                em.createNativeQuery("update notifications.endpoint set secret = ?1, previous_secret = ?2 where id = ?3")
                        .setParameter(1, SecretBox.sealed((String) r[1]) ? r[1] : box.seal((String) r[1]))
                        .setParameter(2, previous == null || SecretBox.sealed(previous) ? previous : box.seal(previous))
                        .setParameter(3, (UUID) r[0]).executeUpdate();
            }
        });
    }
}
