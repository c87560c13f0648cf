package com.halowill.partnerhub.inventory;

import java.util.Locale;

/** The three kinds of promisable supply: finished goods, a component's weekly supply, a line's weekly capacity. */
public enum PoolKind {
    STOCK, CHIPS, CAPACITY;

    /** The pool family of a key of this kind: {@code stock:<sku>}, {@code chips:<component>}, {@code capacity:<line>}. */
    public String family(String key) {
        return name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    /** The kind a family name is of. */
    public static PoolKind ofFamily(String family) {
        return valueOf(family.substring(0, family.indexOf(':')).toUpperCase(Locale.ROOT));
    }
}
