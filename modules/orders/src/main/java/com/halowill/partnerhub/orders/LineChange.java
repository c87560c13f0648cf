package com.halowill.partnerhub.orders;

import java.time.LocalDate;

/** One line of a change request: a new quantity and/or requested date, or {@code cancel}. */
public record LineChange(Integer lineNumber, Integer quantity, LocalDate requestedDate, Boolean cancel) {

    public boolean cancels() {
        return Boolean.TRUE.equals(cancel);
    }
}
