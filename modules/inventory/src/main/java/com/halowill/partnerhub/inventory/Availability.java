package com.halowill.partnerhub.inventory;

import java.util.Collection;
import java.util.List;

/** Available-to-promise per product and supply bucket, and the atomic reservation of that supply. */
public interface Availability {

    /** The product's supply buckets in ready-date order, stock first. */
    List<AtpBucket> atp(String sku);

    /** The supply buckets of several products, ordered by product then ready date. */
    List<AtpBucket> atp(Collection<String> skus);

    /**
     * Reserves every take or none, in the caller's transaction. Returns false when some bucket no
     * longer has the quantity; the caller must then roll its transaction back.
     */
    boolean reserve(String sku, List<SupplyTake> takes, String reference);
}
