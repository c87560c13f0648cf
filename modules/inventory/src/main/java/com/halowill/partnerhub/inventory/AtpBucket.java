package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** Available-to-promise for one product and one supply bucket: supply, what is reserved, what is left. */
public record AtpBucket(String sku, SupplyKind kind, LocalDate readyDate, int supply, int reserved) {

    public int available() {
        return supply - reserved;
    }
}
