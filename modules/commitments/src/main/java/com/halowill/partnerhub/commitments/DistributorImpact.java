package com.halowill.partnerhub.commitments;

/**
 * Who gains and who loses in a backorder run: a distributor's units dated, on time (by the requested date)
 * and backordered, before and after.
 */
public record DistributorImpact(String distributor, int weight, int datedBefore, int datedAfter, int onTimeBefore,
        int onTimeAfter, int backorderedBefore, int backorderedAfter) {

    public int onTimeGain() {
        return onTimeAfter - onTimeBefore;
    }
}
