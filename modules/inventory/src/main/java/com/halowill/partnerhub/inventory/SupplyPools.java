package com.halowill.partnerhub.inventory;

import com.halowill.partnerhub.catalog.Sku;
import java.util.Collection;
import java.util.Map;

/**
 * Promisable supply as pools with running totals. Whoever changes pools first locks their families
 * with {@link #snapshot(Collection, boolean)} in its own transaction (one call, fixed order), then
 * applies its moves; so two transactions, in one app instance or two, never promise the same unit.
 */
public interface SupplyPools {

    /** How each of these products is built (unknown SKUs are left out). */
    Map<String, Recipe> recipes(Collection<Sku> skus);

    /**
     * Every pool these products draw on: their stock, the components of their recipes in every week,
     * the capacity of their lines in every week. With {@code lock}, first takes the row locks of those
     * pool families in the caller's transaction, in one fixed order, and holds them until it ends.
     */
    PoolSnapshot snapshot(Collection<Sku> skus, boolean lock);

    /**
     * The same, with the recipes already read (they may name more products, whose pools are not read: the LTA
     * holders'). Statements the transaction enlisted for the lock's round trip go with it.
     */
    PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<Sku> skus, boolean lock);

    /** Every pool of every product (audits, boards, re-commit runs), optionally locked. */
    PoolSnapshot everything(boolean lock);

    /** Applies the moves in the caller's transaction; the caller has locked the families concerned. */
    void apply(Collection<PoolMove> moves);
}
