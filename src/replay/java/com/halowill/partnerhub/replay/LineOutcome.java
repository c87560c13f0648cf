package com.halowill.partnerhub.replay;

import java.time.LocalDate;

/**
 * What happened to one order line in a replay: the first and the last date given for all of it (null when that
 * answer did not date the full quantity), the units shipped, those shipped by the requested date, and when the
 * last unit shipped (null while some are still open).
 */
record LineOutcome(DemandLine line, LocalDate firstDate, LocalDate lastDate, int shipped, int shippedOnTime,
        LocalDate completed) {

    boolean inFullBy(LocalDate date) {
        return date != null && completed != null && shipped >= line.quantity() && !completed.isAfter(date);
    }
}
