package com.halowill.partnerhub.portal.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo world's controls, which the application offers only when it runs the demo (the run command): the
 * business day, the scenario's next supply change to import, and a step to the next business day.
 */
public interface DemoControls {

    /** Where the demo stands: the day it began, its business day, and the next supply change to import. */
    record DemoState(LocalDate firstDay, LocalDate businessDay, LocalDate nextChangeOn, String nextChange,
            int changesLeft) {

        /** The business day as people say it: Sunday 13 December 2026. */
        public String businessDayText() {
            return businessDay.format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH));
        }

        /** Whether the next change has been announced by the business day, so ops can import it. */
        public boolean changeAnnounced() {
            return nextChangeOn != null && !nextChangeOn.isAfter(businessDay);
        }
    }

    /** The demo's state; empty when the application runs no demo world. */
    Optional<DemoState> state();

    /**
     * Plays the business day {@code from} (the ERPs send its POs, ops confirm, the warehouse ships what is due and
     * there) and begins the next. Answers what happened; nothing moves when the day is no longer {@code from}.
     */
    String advanceDay(LocalDate from, String actor);

    /**
     * Imports the next supply change, announced on {@code announcedOn}, into the plan, after playing the days up to
     * its announcement; the engine then proposes its re-commit. Nothing happens when it was imported already.
     */
    String importNextChange(LocalDate announcedOn, String actor);
}
