package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.LockRoundTrip;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.SupplyPools;
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
class StateLoader {

    /** A state and the allocation totals it was built from, to write back what changed. */
    record Loaded(SupplyState state, AllocationTotals totals) {
    }

    private final SupplyPools pools;
    private final AllocationRules rules;
    private final LockRoundTrip trip;
    private final Clock clock;

    StateLoader(SupplyPools pools, AllocationRules rules, LockRoundTrip trip, Clock clock) {
        this.pools = pools;
        this.trip = trip;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * With {@code lock}, the pool families are locked before the LTAs and caps are read (in the same round trip as
     * the lock and the pools), so the protection the engine sees cannot change until the transaction ends; without,
     * one reading of everything (a quote). Whatever the transaction enlisted for the lock's round trip goes with it.
     */
    Loaded load(Collection<String> skus, boolean lock) {
        AllocationTotals quoted = lock ? null : rules.totals();
        Set<String> wanted = new HashSet<>(skus);
        wanted.addAll(lock ? rules.ltaSkus() : quoted.ltas.stream().map(l -> l.sku).toList());
        AlongRead<AllocationTotals> afterLock = lock ? rules.totalsRead() : null;
        if (lock) {
            trip.after(afterLock);
        }
        PoolSnapshot snapshot = pools.snapshot(pools.recipes(wanted), skus, lock);
        AllocationTotals totals = lock ? afterLock.result() : quoted;
        return new Loaded(new SupplyState(today(), snapshot, Map.of(), totals.ltas, totals.caps), totals);
    }

    Loaded everything(boolean lock) {
        PoolSnapshot snapshot = pools.everything(lock);
        AllocationTotals totals = rules.totals();
        Set<String> missing = totals.ltas.stream().map(l -> l.sku).filter(s -> !snapshot.recipes().containsKey(s))
                .collect(Collectors.toSet());
        Map<String, Recipe> ltaRecipes = missing.isEmpty() ? Map.of() : pools.recipes(missing);
        return new Loaded(new SupplyState(today(), snapshot, ltaRecipes, totals.ltas, totals.caps), totals);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
