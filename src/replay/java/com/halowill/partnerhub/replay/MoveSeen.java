package com.halowill.partnerhub.replay;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of a line's schedule that its distributor saw on {@code day}, and whether the line's history recorded
 * that very schedule that day with a reason code.
 */
record MoveSeen(LocalDate day, LineStory line, List<LineStory.Part> before, List<LineStory.Part> after,
        boolean explained) {

    /** Days from the day the move was announced to the date it replaced; null when it replaced none. */
    Long noticeDays() {
        LocalDate replaced = line.replacedDate(before, after);
        return replaced == null ? null : java.time.temporal.ChronoUnit.DAYS.between(day, replaced);
    }
}
