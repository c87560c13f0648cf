package com.halowill.partnerhub.inventory;

/** Where promisable supply comes from: finished goods on hand, or a week's scheduled factory output. */
public enum SupplyKind {
    STOCK, OUTPUT
}
