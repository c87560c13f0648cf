package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one order line went through in a replay, as its distributor saw it: every schedule it was given, in order,
 * with the day it was seen, and the units shipped each day. Units are counted in date order: the n-th unit of a
 * schedule is the n-th unit when its dated parts are laid end to end, earliest date first.
 */
final class LineStory {

    /** A quantity and the date it ships (null: no date). */
    record Part(int quantity, LocalDate date) {
    }

    /** A schedule the partner saw from {@code day} on. */
    record Seen(LocalDate day, List<Part> schedule) {
    }

    final DemandLine line;
    final List<Seen> seen = new ArrayList<>();
    final TreeMap<LocalDate, Integer> shipped = new TreeMap<>();

    LineStory(DemandLine line) {
        this.line = line;
    }

    /** Records a schedule seen on {@code day}; answers the schedule it replaced, or null when nothing changed. */
    List<Part> see(LocalDate day, List<Part> schedule) {
        List<Part> before = seen.isEmpty() ? null : seen.get(seen.size() - 1).schedule();
        if (before != null && text(before).equals(text(schedule))) {
            return null;
        }
        seen.add(new Seen(day, List.copyOf(schedule)));
        return before;
    }

    void ship(LocalDate day, int units) {
        shipped.merge(day, units, Integer::sum);
    }

    int shippedBy(LocalDate day) {
        return shipped.headMap(day, true).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The date each unit of the line has in a schedule (null for units without one). */
    LocalDate[] unitDates(List<Part> schedule) {
        LocalDate[] dates = new LocalDate[line.quantity()];
        int u = 0;
        List<Part> dated = schedule.stream().filter(p -> p.date() != null).sorted(Comparator.comparing(Part::date))
                .toList();
        for (Part p : dated) {
            for (int k = 0; k < p.quantity() && u < dates.length; k++) {
                dates[u++] = p.date();
            }
        }
        return dates;
    }

    /** The day each unit shipped (null while it has not). */
    LocalDate[] unitShipDays() {
        LocalDate[] days = new LocalDate[line.quantity()];
        int u = 0;
        for (var e : shipped.entrySet()) {
            for (int k = 0; k < e.getValue() && u < days.length; k++) {
                days[u++] = e.getKey();
            }
        }
        return days;
    }

    static String text(List<Part> schedule) {
        return schedule.stream().map(p -> p.quantity() + "@" + (p.date() == null ? "-" : p.date()))
                .collect(Collectors.joining(","));
    }

    /**
     * The earliest date that units held before a move and lost in it (the date the move replaced), or null when
     * no unit that had a date got another one or none (a backorder given a date).
     */
    LocalDate replacedDate(List<Part> before, List<Part> after) {
        LocalDate[] was = unitDates(before);
        LocalDate[] now = unitDates(after);
        LocalDate replaced = null;
        for (int u = 0; u < was.length; u++) {
            if (was[u] != null && !Objects.equals(was[u], now[u])
                    && (replaced == null || was[u].isBefore(replaced))) {
                replaced = was[u];
            }
        }
        return replaced;
    }
}
