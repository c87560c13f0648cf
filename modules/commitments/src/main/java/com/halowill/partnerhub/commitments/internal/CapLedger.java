package com.halowill.partnerhub.commitments.internal;

import java.time.LocalDate;

/** An allocation cap in memory: the most one distributor may be promised of one product for ship dates in a period. */
final class CapLedger {

    final long id;
    final String distributor;
    final String sku;
    final LocalDate start;
    final LocalDate end;
    final int max;
    int used;

    CapLedger(long id, String distributor, String sku, LocalDate start, LocalDate end, int max, int used) {
        this.id = id;
        this.distributor = distributor;
        this.sku = sku;
        this.start = start;
        this.end = end;
        this.max = max;
        this.used = used;
    }

    boolean applies(String distributor, String sku, LocalDate shipDate) {
        return this.distributor.equals(distributor) && this.sku.equals(sku) && !shipDate.isBefore(start)
                && !shipDate.isAfter(end);
    }

    int left() {
        return Math.max(0, max - used);
    }
}
