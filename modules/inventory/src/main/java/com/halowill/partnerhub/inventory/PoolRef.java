package com.halowill.partnerhub.inventory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One pool row: finished goods of a product in a warehouse ({@code key} = SKU), a component's supply in
 * a week ({@code key} = component), or an assembly line's capacity in a week ({@code key} = line).
 */
public record PoolRef(PoolKind kind, String key, String warehouse, LocalDate week) {

    public PoolRef {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
        if (kind == PoolKind.STOCK ? warehouse == null || week != null : warehouse != null || week == null) {
            throw new IllegalArgumentException("a STOCK pool has a warehouse, the others a week: " + kind);
        }
    }

    public static PoolRef stock(String sku, String warehouse) {
        return new PoolRef(PoolKind.STOCK, sku, warehouse, null);
    }

    public static PoolRef chips(String component, LocalDate week) {
        return new PoolRef(PoolKind.CHIPS, component, null, week);
    }

    public static PoolRef capacity(String line, LocalDate week) {
        return new PoolRef(PoolKind.CAPACITY, line, null, week);
    }

    /** The pool family whose lock guards this row: all weeks of a component or line, all warehouses of a SKU. */
    public String family() {
        return kind.family(key);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STOCK -> key + " stock at " + warehouse;
            case CHIPS -> key + " week of " + week;
            case CAPACITY -> key + " capacity week of " + week;
        };
    }
}
