package com.halowill.partnerhub.inventory;

import com.halowill.partnerhub.platform.AlongRead;
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
     * The same, with the recipes already read (they may name more products, whose pools are not read: the LTA
     * holders'), and other modules' statements in the same round trip (each may be null): {@code beforeLock} first
     * (intake's insert of its keys, orders and lines, whose outcome decides what the caller plans), {@code afterLock}
     * after the lock and the pools, so that it reads what the locks protect without a round trip of its own.
     */
    PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<String> skus, boolean lock, AlongRead<?> beforeLock,
            AlongRead<?> afterLock);

    /** Every pool of every product (audits, boards, re-commit runs), optionally locked. */
    PoolSnapshot everything(boolean lock);

    /** Applies the moves in the caller's transaction; the caller has locked the families concerned. */
    void apply(Collection<PoolMove> moves);
}
