package com.halowill.partnerhub.inventory.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.SortedSet;

/**
 * The one way pool families are locked: their rows of {@code inventory.pool_family}, for update, in key
 * order, in one statement, inside the caller's transaction. Everyone locking in the same order is what
 * keeps two writers from deadlocking; the locks last until the transaction ends.
 */
final class PoolLocks {

    private PoolLocks() {
    }

    static void lock(EntityManager em, SortedSet<String> families) {
        if (families.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                select family from inventory.pool_family where family = any(cast(?1 as varchar[]))
                order by family for update""")
                .setParameter(1, families.toArray(String[]::new)).getResultList();
    }

    /** Makes sure the families exist (new components, lines, stocked products), so they can be locked. */
    static void ensure(EntityManager em, Collection<String> families) {
        if (families.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into inventory.pool_family (family) select unnest(cast(?1 as varchar[]))
                on conflict do nothing""")
                .setParameter(1, families.toArray(String[]::new)).executeUpdate();
    }
}
