package com.halowill.partnerhub.commitments.internal.allocation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The supply calendar: the Mondays that start the weeks of the plan, and where a date falls among them. */
public final class Weeks {

    /** A week's build is ready to ship on its Friday. */
    public static final int BUILD_READY_OFFSET_DAYS = 4;

    private final LocalDate[] mondays;

    public Weeks(Collection<LocalDate> mondays) {
        this.mondays = new TreeSet<>(mondays).toArray(LocalDate[]::new);
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static LocalDate ready(LocalDate monday) {
        return monday.plusDays(BUILD_READY_OFFSET_DAYS);
    }

    /** Whether the day is the last day of its week's build (its Friday), the last day it takes orders. */
    public static boolean isReadyDay(LocalDate day) {
        return ready(monday(day)).equals(day);
    }

    public int size() {
        return mondays.length;
    }

    public LocalDate get(int index) {
        return mondays[index];
    }

    /** The index of this Monday, or -1 when the plan has no such week. */
    public int indexOf(LocalDate monday) {
        int i = Arrays.binarySearch(mondays, monday);
        return i >= 0 ? i : -1;
    }

    /** The index of the last plan week starting on or before the day, or -1 when the day is before the plan. */
    public int floor(LocalDate day) {
        int i = Arrays.binarySearch(mondays, day);
        return i >= 0 ? i : -i - 2;
    }

    public List<LocalDate> all() {
        return List.of(mondays);
    }
}
