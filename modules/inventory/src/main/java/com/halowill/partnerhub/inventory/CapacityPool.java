package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** An assembly line's capacity in one week and the builds held, confirmed and shipped on it. */
public record CapacityPool(String line, LocalDate week, int units, int held, int confirmed, int shipped) {

    public int used() {
        return held + confirmed + shipped;
    }
}
