package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.ScheduleLine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units promised twice, counted by the replay itself: every dated unit of the platform's open commitments names the
 * supply it is promised from (finished goods in a warehouse, or a week's build on a line with its chips); the check
 * adds those up per pool and compares them with the plan as the replay knows it (the seed plan with the events
 * announced so far) and the seed stock. Units beyond a pool's supply, or dated before their build is ready, have no
 * supply behind them. Chips carry forward, so a component is short when its use up to a week exceeds its supply up
 * to that week; its shortfall counts in units of the product that needs the fewest chips per unit.
 */
final class SupplyCheck {

    private static final Pattern STOCK = Pattern.compile("(\\d+) from stock at (\\S+)( \\(drawn on \\S+\\))?");
    private static final Pattern BUILD = Pattern.compile(
            "(\\d+) built week of (\\d{4}-\\d{2}-\\d{2}) on (\\S+?)(?: from (.+?))?( \\(drawn on \\S+\\))?");

    private SupplyCheck() {
    }

    static int unbacked(List<Commitment> commitments, PlanBook plan, SeedWorld world) {
        Map<String, Integer> stockUse = new HashMap<>();
        Map<String, Map<LocalDate, Integer>> lineUse = new HashMap<>();
        Map<String, Map<LocalDate, Long>> chipUse = new HashMap<>();
        Map<String, Integer> fewestPerUnit = new HashMap<>();
        int unbacked = 0;
        for (Commitment c : commitments) {
            if (!c.open()) {
                continue;
            }
            for (ScheduleLine s : c.schedule()) {
                if (s.shipDate() == null) {
                    continue;
                }
                for (String source : s.sources()) {
                    Matcher stock = STOCK.matcher(source);
                    Matcher build = BUILD.matcher(source);
                    if (stock.matches()) {
                        stockUse.merge(SeedWorld.stockKey(c.sku().value(), stock.group(2)),
                                Integer.parseInt(stock.group(1)), Integer::sum);
                    } else if (build.matches()) {
                        int units = Integer.parseInt(build.group(1));
                        LocalDate week = LocalDate.parse(build.group(2));
                        if (s.shipDate().isBefore(week.with(DayOfWeek.FRIDAY))) {
                            unbacked += units;
                        }
                        lineUse.computeIfAbsent(build.group(3), k -> new HashMap<>()).merge(week, units, Integer::sum);
                        if (build.group(4) != null) {
                            for (String part : build.group(4).split(", ")) {
                                String[] cn = part.split(" ");
                                long chips = Long.parseLong(cn[1]);
                                chipUse.computeIfAbsent(cn[0], k -> new TreeMap<>()).merge(week, chips, Long::sum);
                                fewestPerUnit.merge(cn[0], (int) (chips / Math.max(1, units)), Math::min);
                            }
                        }
                    } else {
                        throw new IllegalStateException("the replay cannot read the source '" + source + "' of "
                                + c.demandRef());
                    }
                }
            }
        }
        for (var e : stockUse.entrySet()) {
            unbacked += Math.max(0, e.getValue() - world.stockAt().getOrDefault(e.getKey(), 0));
        }
        for (var l : lineUse.entrySet()) {
            for (var w : l.getValue().entrySet()) {
                unbacked += Math.max(0, w.getValue() - plan.unitsIn(l.getKey(), w.getKey()));
            }
        }
        for (var c : chipUse.entrySet()) {
            TreeSet<LocalDate> weeks = new TreeSet<>(c.getValue().keySet());
            weeks.addAll(plan.chips.getOrDefault(c.getKey(), new TreeMap<>()).keySet());
            long use = 0;
            long supply = 0;
            long worst = 0;
            for (LocalDate w : weeks) {
                use += c.getValue().getOrDefault(w, 0L);
                supply += plan.chipsIn(c.getKey(), w);
                worst = Math.max(worst, use - supply);
            }
            int per = Math.max(1, fewestPerUnit.get(c.getKey()));
            unbacked += (int) ((worst + per - 1) / per);
        }
        return unbacked;
    }
}
