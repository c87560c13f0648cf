package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.PoolRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pools of each family as they stood at one revision, read or written under the family's lock. A family's
 * revision ({@code inventory.pool_family.revision}) is drawn from a sequence by triggers on every change to its
 * rows, so a value is never given twice: rows kept for the revision a locked family has now are its rows, whoever
 * changed them before (another instance, ops' SQL), and rows kept for a revision of a transaction that rolled back
 * are never asked for. Only families locked by the caller's transaction may be answered from here.
 */
@ApplicationScoped
class PoolCache {

    /** A family's rows (of one kind of pool, in key order) at one revision. */
    record Kept(long revision, List<?> rows) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final boolean enabled;

    PoolCache(@ConfigProperty(name = "partnerhub.pools.cache", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * What is kept for the family, or null. A reader takes it once and decides with that same entry both what it
     * sends as kept and whether to use it: another transaction may keep a different revision meanwhile.
     */
    Kept kept(String family) {
        return enabled ? kept.get(family) : null;
    }

    /** Keeps what was read of a locked family at the revision it has (its rows, in key order). */
    void keep(String family, long revision, List<?> rows) {
        if (enabled) {
            kept.put(family, new Kept(revision, List.copyOf(rows)));
        }
    }

    /**
     * After the caller wrote some rows of its locked families: where the rows were kept for the revision the family
     * had just before the writes ({@code before}), they are kept again for the revision after them, with the rows
     * read back after the writes ({@code written}) in place of the old ones. Nothing else changed the families in
     * between: the writes and both readings went in one statement list, inside the family locks.
     */
    void written(Map<String, Long> before, PoolRows written) {
        if (!enabled) {
            return;
        }
        written.revisions.forEach((family, after) -> {
            Kept k = kept.get(family);
            if (k == null || !Objects.equals(before.get(family), k.revision())) {
                kept.remove(family);
                return;
            }
            Map<PoolRef, Object> rows = new TreeMap<>(PoolRows.ORDER);
            k.rows().forEach(row -> rows.put(PoolRows.ref(row), row));
            written.of(family).forEach(row -> rows.put(PoolRows.ref(row), row));
            kept.put(family, new Kept(after, List.copyOf(rows.values())));
        });
    }
}
