package com.halowill.partnerhub.commitments.internal.store;

import com.halowill.partnerhub.commitments.ScheduleLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A schedule as history keeps it: {@code 300@2027-01-08,200@-} (quantity at ship date, '-' for backordered). */
public final class ScheduleText {

    private ScheduleText() {
    }

    public static String of(List<ScheduleLine> schedule) {
        List<String> parts = new ArrayList<>();
        schedule.forEach(s -> parts.add(s.quantity() + "@" + (s.shipDate() == null ? "-" : s.shipDate())));
        return String.join(",", parts);
    }

    public static List<ScheduleLine> parse(String text) {
        List<ScheduleLine> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] qd = part.split("@");
            LocalDate date = qd[1].equals("-") ? null : LocalDate.parse(qd[1]);
            out.add(new ScheduleLine(Integer.parseInt(qd[0]), date, null, null, 0, 0, List.of()));
        }
        return out;
    }
}
