package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/**
 * One week (its Monday) of a product's allocation board. Demand is counted in the week it was asked for
 * ({@code requested}, of which {@code late} ships after the date asked and {@code backordered} has no date);
 * supply use in the week it ships ({@code held} by proposals, {@code confirmed}, {@code shipped}). The LTA columns
 * add up the product's LTAs: the week's quota, what holders drew on it, and what is still protected for them.
 * {@code openToOthers} is what a distributor without an LTA could still be promised to ship that week.
 */
public record ProductWeek(LocalDate week, int requested, int late, int backordered, int held, int confirmed,
        int shipped, int ltaQuota, int ltaDrawn, int ltaProtected, int openToOthers) {

    /** Demand asked for this week that the plan cannot meet on time. */
    public boolean shortage() {
        return late > 0 || backordered > 0;
    }

    /** The share of what is still free this week (protected plus open) kept for LTA holders, in percent. */
    public int protectedShare() {
        int free = ltaProtected + openToOthers;
        return free == 0 ? 0 : Math.round(100f * ltaProtected / free);
    }
}
