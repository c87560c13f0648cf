package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.StockPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    private static final Comparator<StockPool> STOCK = Comparator.comparing(StockPool::warehouse);
    private static final Comparator<ChipPool> CHIPS = Comparator.comparing(ChipPool::week);
    private static final Comparator<CapacityPool> CAPACITY = Comparator.comparing(CapacityPool::week);

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
     * had just before the writes, they are kept again for the revision after them, with the rows written (as read
     * back after the writes) in place of the old ones. Nothing else changed the families in between: the writes
     * and both readings went in one statement list, inside the lock.
     */
    void written(Map<String, Long> before, Map<String, Long> after, Collection<StockPool> stock,
            Collection<ChipPool> chips, Collection<CapacityPool> capacity) {
        if (!enabled) {
            return;
        }
        for (Map.Entry<String, Long> e : after.entrySet()) {
            String family = e.getKey();
            Kept k = kept.get(family);
            if (k == null || !Objects.equals(before.get(family), k.revision())) {
                kept.remove(family);
                continue;
            }
            String key = family.substring(family.indexOf(':') + 1);
            List<?> rows;
            if (family.startsWith("stock:")) {
                rows = merge(k.rows(), stock.stream().filter(s -> s.sku().equals(key)).toList(),
                        StockPool::warehouse, STOCK);
            } else if (family.startsWith("chips:")) {
                rows = merge(k.rows(), chips.stream().filter(c -> c.component().equals(key)).toList(),
                        c -> c.week().toString(), CHIPS);
            } else {
                rows = merge(k.rows(), capacity.stream().filter(c -> c.line().equals(key)).toList(),
                        c -> c.week().toString(), CAPACITY);
            }
            kept.put(family, new Kept(e.getValue(), rows));
        }
    }

    /** The old rows with those read back in their place (or added), in key order. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> merge(List<?> old, List<T> written, Function<T, String> place,
            Comparator<T> order) {
        Map<String, T> byPlace = new HashMap<>();
        for (Object o : old) {
            byPlace.put(place.apply((T) o), (T) o);
        }
        for (T t : written) {
            byPlace.put(place.apply(t), t);
        }
        List<T> rows = new ArrayList<>(byPlace.values());
        rows.sort(order);
        return List.copyOf(rows);
    }
}
