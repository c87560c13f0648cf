package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which units of the LTA holders' demand fall within their LTA's volume, decided from the demand alone: the
 * holder's lines for the LTA product with a requested date in the period count as LTA call-offs, week by week in the
 * order they were placed, as long as their week's quota (the LTA's volume spread evenly over the weeks of its period)
 * is not used up by earlier ones; the rest of its demand is spot. Weeks that began within the fence of the replay's first day had
 * nothing protected and count no quota.
 */
final class LtaVolume {

    private LtaVolume() {
    }

    /** Units within LTA volume, by demand line (lines of no LTA holder's LTA product are absent). */
    static Map<DemandLine, Integer> split(List<DemandLine> demand, List<SeedWorld.Lta> ltas) {
        Map<DemandLine, Integer> out = new HashMap<>();
        LocalDate protectable = Scenario.START.plusWeeks(SeedWorld.FENCE_WEEKS);
        for (SeedWorld.Lta lta : ltas) {
            LocalDate first = monday(lta.start());
            int weeks = (int) ChronoUnit.WEEKS.between(first, monday(lta.end())) + 1;
            Map<Integer, Integer> counted = new HashMap<>();
            List<DemandLine> lines = demand.stream().filter(lta::covers)
                    .sorted(Comparator.comparing((DemandLine l) -> monday(l.requested())).thenComparing(DemandLine::placedOn)
                            .thenComparing(DemandLine::po).thenComparingInt(DemandLine::lineNumber))
                    .toList();
            for (DemandLine l : lines) {
                int week = (int) ChronoUnit.WEEKS.between(first, monday(l.requested()));
                int quota = monday(l.requested()).isAfter(protectable) ? quotaOf(lta.volume(), weeks, week) : 0;
                int units = Math.max(0, Math.min(l.quantity(), quota - counted.getOrDefault(week, 0)));
                counted.merge(week, units, Integer::sum);
                out.put(l, units);
            }
        }
        return out;
    }

    /** The quota of one week: the volume spread evenly, the remainder to the first weeks (as the platform does). */
    static int quotaOf(int volume, int weeks, int week) {
        return week < 0 || week >= weeks ? 0 : volume / weeks + (week < volume % weeks ? 1 : 0);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Whether the plan covers every LTA's weekly quota with nothing else promised: per component, the chips all
     * LTAs' quotas need up to each week within the chips supplied up to then (chips carry forward); per line and
     * week, the units of the LTA products it builds within its capacity; for the weeks the plan covers. Answers null
     * when it does, else the first shortfall.
     */
    static String shortfall(SeedWorld world, PlanBook plan) {
        Map<String, Map<LocalDate, Long>> chipNeed = new HashMap<>();
        Map<String, Map<LocalDate, Long>> lineNeed = new HashMap<>();
        for (SeedWorld.Lta lta : world.ltas()) {
            LocalDate first = monday(lta.start());
            int weeks = (int) ChronoUnit.WEEKS.between(first, monday(lta.end())) + 1;
            String line = world.lineFor(lta.sku());
            for (int i = 0; i < weeks && !first.plusWeeks(i).isAfter(plan.lastWeek()); i++) {
                LocalDate week = first.plusWeeks(i);
                long q = quotaOf(lta.volume(), weeks, i);
                world.bom().getOrDefault(lta.sku(), Map.of()).forEach((c, per) -> chipNeed
                        .computeIfAbsent(c, k -> new TreeMap<>()).merge(week, q * per, Long::sum));
                if (line != null) {
                    lineNeed.computeIfAbsent(line, k -> new TreeMap<>()).merge(week, q, Long::sum);
                }
            }
        }
        for (var c : new TreeMap<>(chipNeed).entrySet()) {
            TreeSet<LocalDate> weeks = new TreeSet<>(c.getValue().keySet());
            weeks.addAll(plan.chips.getOrDefault(c.getKey(), new TreeMap<>()).keySet());
            long need = 0;
            long supply = 0;
            for (LocalDate w : weeks) {
                need += c.getValue().getOrDefault(w, 0L);
                supply += plan.chipsIn(c.getKey(), w);
                if (need > supply) {
                    return c.getKey() + " up to the week of " + w + ": the LTA quotas need " + need + " chips, the plan "
                            + "has " + supply;
                }
            }
        }
        for (var l : new TreeMap<>(lineNeed).entrySet()) {
            for (var w : l.getValue().entrySet()) {
                if (w.getValue() > plan.unitsIn(l.getKey(), w.getKey())) {
                    return l.getKey() + " in the week of " + w.getKey() + ": the LTA quotas need " + w.getValue()
                            + " units, the line has " + plan.unitsIn(l.getKey(), w.getKey());
                }
            }
        }
        return null;
    }
}
