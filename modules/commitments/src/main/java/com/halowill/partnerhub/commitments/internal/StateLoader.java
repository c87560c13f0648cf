package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.SupplyPools;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
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
    private final Clock clock;

    StateLoader(SupplyPools pools, AllocationRules rules, Clock clock) {
        this.pools = pools;
        this.rules = rules;
        this.clock = clock;
    }

    Loaded load(Collection<String> skus, boolean lock) {
        return build(pools.snapshot(skus, lock));
    }

    Loaded everything(boolean lock) {
        return build(pools.everything(lock));
    }

    private Loaded build(PoolSnapshot snapshot) {
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
