package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;

/** The most a distributor may be promised of a product, outside its LTA, for ship dates in a period. */
public record AllocationCap(long id, DistributorCode distributor, Sku sku, LocalDate periodStart, LocalDate periodEnd,
        int maxQuantity, int used) {
}
