package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;

/**
 * A long-term agreement: a distributor commits to a volume of a product over a period; HaloWill protects
 * that volume for it, week by week, until a fence (weeks before the week) releases what it has not called off.
 */
public record Lta(String code, DistributorCode distributor, Sku sku, LocalDate periodStart, LocalDate periodEnd,
        int committedQuantity, int takeOrPayPercent, int fenceWeeks) {
}
