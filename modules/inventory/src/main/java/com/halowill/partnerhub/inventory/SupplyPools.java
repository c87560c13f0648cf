package com.halowill.partnerhub.inventory;

import com.halowill.partnerhub.catalog.AlongRead;
import java.util.Collection;
import java.util.Map;

/**
 * Promisable supply as pools with running totals. Whoever changes pools first locks their families
 * with {@link #snapshot(Collection, boolean)} in its own transaction (one call, fixed order), then
 * applies its moves; so two transactions, in one app instance or two, never promise the same unit.
 */
public interface SupplyPools {

    /** How each of these products is built (unknown SKUs are left out). */
    Map<String, Recipe> recipes(Collection<String> skus);

    /**
     * Every pool these products draw on: their stock, the components of their recipes in every week,
     * the capacity of their lines in every week. With {@code lock}, first takes the row locks of those
     * pool families in the caller's transaction, in one fixed order, and holds them until it ends.
     */
    PoolSnapshot snapshot(Collection<String> skus, boolean lock);

    /**
     * The same, with the recipes already read (they may name more products, whose pools are not read): saves
     * the recipe queries when the caller needs recipes of other products too (the LTA holders').
     */
    default PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<String> skus, boolean lock) {
        return snapshot(recipes, skus, lock, null);
    }

    /**
     * The same, and another module's query ({@code afterLock}, may be null) in the same round trip, after the lock
     * and the pools, so that it reads what the locks protect without a round trip of its own.
     */
    default PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<String> skus, boolean lock,
            AlongRead<?> afterLock) {
        return snapshot(recipes, skus, lock, null, afterLock);
    }

    /**
     * The same, and first another module's statement ({@code beforeLock}, may be null) in the same round trip, before
     * the lock: intake's insert of its keys, orders and lines, whose outcome decides what the caller plans.
     */
    PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<String> skus, boolean lock, AlongRead<?> beforeLock,
            AlongRead<?> afterLock);

    /** Every pool of every product (audits, boards, re-commit runs), optionally locked. */
    PoolSnapshot everything(boolean lock);

    /** Applies the moves in the caller's transaction; the caller has locked the families concerned. */
    void apply(Collection<PoolMove> moves);
}
