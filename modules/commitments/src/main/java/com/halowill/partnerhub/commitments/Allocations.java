package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Allocation rules set by ops: LTAs and their fences, allocation caps, fair-share weights per distributor. */
public interface Allocations {

    /**
     * Creates or updates an LTA; its weekly quotas follow the period and volume, what was drawn stays.
     *
     * @throws IllegalArgumentException for a period that ends before it starts, a volume below 1, a take-or-pay share
     *         or fence out of range, another distributor or product for an existing code, or a period overlapping
     *         another LTA of the same distributor on the same product (the engine draws on one LTA per ship date)
     */
    void saveLta(Lta lta);

    /** The LTA ledgers, of one distributor or (null) of all. */
    List<LtaStatus> ltas(DistributorCode distributor);

    /** Sets how many weeks before a week the holder's unclaimed protection is released to others. */
    void setFence(String ltaCode, int weeks);

    /**
     * Caps what a distributor may be promised of a product for ship dates in a period. Promises already
     * made count against it and stay; only new promises are limited.
     */
    AllocationCap setCap(DistributorCode distributor, Sku sku, LocalDate start, LocalDate end, int max, String actor);

    void removeCap(long capId);

    List<AllocationCap> caps();

    /** A distributor's tier and fair-share weight. */
    void saveProfile(DistributorCode distributor, String tier, int weight);

    /** Fair-share weight by distributor code. */
    Map<String, Integer> weights();
}
