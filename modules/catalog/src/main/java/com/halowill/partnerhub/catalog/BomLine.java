package com.halowill.partnerhub.catalog;

/** One constrained component of a product and how many one unit consumes. */
public record BomLine(Sku sku, String component, int quantityPerUnit) {
}
