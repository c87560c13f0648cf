package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;

/**
 * An LTA a supply change puts at risk: units drawn on it that move late or lose their date, and protected
 * volume that the supply left can no longer build in time.
 */
public record LtaRisk(String ltaCode, DistributorCode distributor, Sku sku, int unitsMovedLate, int protectedShort) {
}
