package com.halowill.partnerhub.commitments.internal.allocation;

import java.time.LocalDate;

/** An allocation cap in memory: the most one distributor may be promised of one product for ship dates in a period. */
public final class CapLedger {

    public final long id;
    public final String distributor;
    public final String sku;
    public final LocalDate start;
    public final LocalDate end;
    public final int max;
    public int used;

    public CapLedger(long id, String distributor, String sku, LocalDate start, LocalDate end, int max, int used) {
        this.id = id;
        this.distributor = distributor;
        this.sku = sku;
        this.start = start;
        this.end = end;
        this.max = max;
        this.used = used;
    }

    public boolean applies(String distributor, String sku, LocalDate shipDate) {
        return this.distributor.equals(distributor) && this.sku.equals(sku) && !shipDate.isBefore(start)
                && !shipDate.isAfter(end);
    }

    public int left() {
        return Math.max(0, max - used);
    }
}
