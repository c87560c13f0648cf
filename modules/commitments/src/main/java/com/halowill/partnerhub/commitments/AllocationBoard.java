package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.catalog.Sku;

/** The allocation board of one product, week by week, for ops (read only). */
public interface AllocationBoard {

    /**
     * The product's weeks: what distributors asked for, what promises hold, what ops confirmed and what shipped,
     * the LTA quota with what its holders drew and what is still protected for them, and what the engine could
     * still promise to a distributor without an LTA; with the product's LTA ledgers.
     */
    ProductBoard product(Sku sku);
}
