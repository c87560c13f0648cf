package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.Sku;

/**
 * A backorder-processing run: which demand (one product, every product using a component, or all when both
 * are null), the sharing rule, and whether confirmed commitments may be re-shared too (never by default).
 */
public record BackorderRun(Sku sku, String component, ShareRule rule, boolean includeConfirmed) {
}
