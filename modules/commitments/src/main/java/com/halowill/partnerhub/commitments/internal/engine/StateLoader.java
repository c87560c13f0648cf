package com.halowill.partnerhub.commitments.internal.engine;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationStore;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationTotals;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.SupplyPools;
import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.LockRoundTrip;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the engine's {@link SupplyState} for a transaction: the pools of the products concerned (locked
 * first when the transaction will change them), then the LTAs and caps read after the locks.
 */
@ApplicationScoped
public class StateLoader {

    /** A state and the allocation totals it was built from, to write back what changed. */
    public record Loaded(SupplyState state, AllocationTotals totals) {
    }

    private final SupplyPools pools;
    private final AllocationStore store;
    private final LockRoundTrip trip;
    private final Clock clock;

    public StateLoader(SupplyPools pools, AllocationStore store, LockRoundTrip trip, Clock clock) {
        this.pools = pools;
        this.trip = trip;
        this.store = store;
        this.clock = clock;
    }

    /**
     * With {@code lock}, the pool families are locked before the LTAs and caps are read (in the same round trip as
     * the lock and the pools), so the protection the engine sees cannot change until the transaction ends; without,
     * one reading of everything (a quote). Whatever the transaction enlisted for the lock's round trip goes with it.
     */
    public Loaded load(Collection<String> skus, boolean lock) {
        AllocationTotals quoted = lock ? null : store.totals();
        Set<String> wanted = new HashSet<>(skus);
        wanted.addAll(lock ? store.ltaSkus() : quoted.ltas.stream().map(l -> l.sku).toList());
        AlongRead<AllocationTotals> afterLock = lock ? store.totalsRead() : null;
        if (lock) {
            trip.after(afterLock);
        }
        PoolSnapshot snapshot = pools.snapshot(pools.recipes(Sku.all(wanted)), Sku.all(skus), lock);
        AllocationTotals totals = lock ? afterLock.result() : quoted;
        return new Loaded(new SupplyState(today(), snapshot, Map.of(), totals.ltas, totals.caps), totals);
    }

    public Loaded everything(boolean lock) {
        PoolSnapshot snapshot = pools.everything(lock);
        AllocationTotals totals = store.totals();
        Set<String> missing = totals.ltas.stream().map(l -> l.sku).filter(s -> !snapshot.recipes().containsKey(s))
                .collect(Collectors.toSet());
        Map<String, Recipe> ltaRecipes = missing.isEmpty() ? Map.of() : pools.recipes(Sku.all(missing));
        return new Loaded(new SupplyState(today(), snapshot, ltaRecipes, totals.ltas, totals.caps), totals);
    }

    /** The recipes of products, read from the catalog and the lines (nothing locked). */
    public Map<String, Recipe> recipes(Collection<String> skus) {
        return pools.recipes(Sku.all(skus));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
