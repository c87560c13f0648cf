package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;

/**
 * Who gains and who loses in a backorder run: a distributor's units dated, on time (by the requested date)
 * and backordered, before and after.
 */
public record DistributorImpact(DistributorCode distributor, int weight, int datedBefore, int datedAfter,
        int onTimeBefore, int onTimeAfter, int backorderedBefore, int backorderedAfter) {

    public int onTimeGain() {
        return onTimeAfter - onTimeBefore;
    }
}
