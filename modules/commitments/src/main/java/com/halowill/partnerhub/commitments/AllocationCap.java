package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/** The most a distributor may be promised of a product, outside its LTA, for ship dates in a period. */
public record AllocationCap(long id, String distributor, String sku, LocalDate periodStart, LocalDate periodEnd,
        int maxQuantity, int used) {
}
