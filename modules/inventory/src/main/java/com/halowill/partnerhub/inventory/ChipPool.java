package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** A component's supply arriving in one week and what builds have held, confirmed and shipped from it. */
public record ChipPool(String component, LocalDate week, int supply, int held, int confirmed, int shipped) {

    public int used() {
        return held + confirmed + shipped;
    }
}
