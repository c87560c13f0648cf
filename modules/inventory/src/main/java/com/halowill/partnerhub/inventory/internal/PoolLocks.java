package com.halowill.partnerhub.inventory.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.SortedSet;
import org.hibernate.Session;

/**
 * The one way pool families are locked: their rows of {@code inventory.pool_family}, for update, in key
 * order, in one statement, inside the caller's transaction. Everyone locking in the same order is what
 * keeps two writers from deadlocking; the locks last until the transaction ends.
 */
final class PoolLocks {

    /**
     * The lock statement, its one parameter the families as a varchar array (a reader may send it first); it answers
     * each locked family's revision.
     */
    static final String LOCK = """
            select family, revision from inventory.pool_family where family = any(?::varchar[])
            order by family for update""";

    private PoolLocks() {
    }

    static void lock(EntityManager em, SortedSet<String> families) {
        if (families.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(LOCK)) {
                ps.setArray(1, c.createArrayOf("varchar", families.toArray(String[]::new)));
                ps.executeQuery().close();
            }
        });
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
