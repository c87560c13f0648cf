package com.halowill.partnerhub.replay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same demand promised the way open-source ERPs do it: first come first served against per-part available-to-
 * promise (stock and the fixed weekly output of {@link PerPartPlan}), the earliest supply first, no pooling of
 * chips, no LTA protection, no re-commit. When the disruption cuts output, the dates already given stay; lines
 * ship when their part is physically there, in arrival order.
 */
final class ErpBaseline {

    /** Baseline outcome: what happened to each line, and the most units promised without supply at any day's end. */
    record Result(List<LineOutcome> lines, int promisedTwice, int slipped) {
    }

    private final SeedWorld world;

    ErpBaseline(SeedWorld world) {
        this.world = world;
    }

    Result run(List<DemandLine> demand, Map<String, Map<LocalDate, Integer>> knownChips,
            Map<String, Map<LocalDate, Integer>> disruptedChips, LocalDate start, LocalDate disruption, LocalDate end) {
        Map<String, TreeMap<LocalDate, Integer>> output = PerPartPlan.output(world, knownChips);
        Map<String, Integer> stockLeft = new HashMap<>(world.stock());
        Map<String, Map<LocalDate, Integer>> outputUsed = new HashMap<>();
        Map<String, Integer> onHand = new HashMap<>(world.stock());
        int n = demand.size();
        LocalDate[] committed = new LocalDate[n];
        LocalDate[] shippedOn = new LocalDate[n];
        int promisedTwice = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.equals(disruption)) {
                Map<String, TreeMap<LocalDate, Integer>> cut = PerPartPlan.output(world, disruptedChips);
                LocalDate today = day;
                for (String sku : new java.util.HashSet<>(output.keySet())) {
                    output.get(sku).keySet().removeIf(w -> !w.plusDays(6).isBefore(today));
                }
                cut.forEach((sku, weeks) -> weeks.forEach((w, q) -> {
                    if (!w.plusDays(6).isBefore(today)) {
                        output.computeIfAbsent(sku, k -> new TreeMap<>()).put(w, q);
                    }
                }));
            }
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                LocalDate week = day.with(TemporalAdjusters.previous(DayOfWeek.MONDAY));
                output.forEach((sku, weeks) -> onHand.merge(sku, weeks.getOrDefault(week, 0), Integer::sum));
            }
            for (int i = 0; i < n; i++) {
                if (demand.get(i).placedOn().equals(day)) {
                    committed[i] = promise(demand.get(i), day, output, stockLeft, outputUsed);
                }
            }
            for (int i = 0; i < n; i++) {
                DemandLine l = demand.get(i);
                boolean due = committed[i] != null ? !committed[i].isAfter(day)
                        : !l.placedOn().isAfter(day) && !l.requested().isAfter(day);
                if (shippedOn[i] == null && due && onHand.getOrDefault(l.sku(), 0) >= l.quantity()) {
                    onHand.merge(l.sku(), -l.quantity(), Integer::sum);
                    shippedOn[i] = day;
                }
            }
            promisedTwice = Math.max(promisedTwice, unbacked(demand, committed, shippedOn, onHand, output, day));
        }
        List<LineOutcome> lines = new ArrayList<>();
        int slipped = 0;
        for (int i = 0; i < n; i++) {
            DemandLine l = demand.get(i);
            int shipped = shippedOn[i] == null ? 0 : l.quantity();
            int onTime = shippedOn[i] != null && !shippedOn[i].isAfter(l.requested()) ? l.quantity() : 0;
            if (committed[i] != null && (shippedOn[i] == null || shippedOn[i].isAfter(committed[i]))) {
                slipped++;
            }
            lines.add(new LineOutcome(l, committed[i], committed[i], shipped, onTime, shippedOn[i]));
        }
        return new Result(lines, promisedTwice, slipped);
    }

    /** The ERP's answer: the earliest date by which stock and weekly output not yet promised cover the line. */
    private LocalDate promise(DemandLine l, LocalDate today, Map<String, TreeMap<LocalDate, Integer>> output,
            Map<String, Integer> stockLeft, Map<String, Map<LocalDate, Integer>> used) {
        int need = l.quantity();
        int fromStock = Math.min(need, stockLeft.getOrDefault(l.sku(), 0));
        int found = fromStock;
        LocalDate ready = today;
        Map<LocalDate, Integer> take = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> w : output.getOrDefault(l.sku(), new TreeMap<>()).entrySet()) {
            LocalDate friday = w.getKey().plusDays(4);
            if (found >= need || friday.isBefore(today)) {
                if (found >= need) {
                    break;
                }
                continue;
            }
            int free = w.getValue() - used.getOrDefault(l.sku(), Map.of()).getOrDefault(w.getKey(), 0);
            int t = Math.min(need - found, Math.max(0, free));
            if (t > 0) {
                take.put(w.getKey(), t);
                found += t;
                ready = friday;
            }
        }
        if (found < need) {
            return null;
        }
        stockLeft.merge(l.sku(), -fromStock, Integer::sum);
        take.forEach((w, t) -> used.computeIfAbsent(l.sku(), k -> new HashMap<>()).merge(w, t, Integer::sum));
        return ready.isAfter(l.requested()) ? ready : l.requested();
    }

    /** Units promised with a date that the stock and the output now planned cannot cover by that date. */
    private static int unbacked(List<DemandLine> demand, LocalDate[] committed, LocalDate[] shippedOn,
            Map<String, Integer> onHand, Map<String, TreeMap<LocalDate, Integer>> output, LocalDate today) {
        Map<String, TreeMap<LocalDate, Integer>> due = new HashMap<>();
        for (int i = 0; i < demand.size(); i++) {
            if (committed[i] != null && shippedOn[i] == null) {
                due.computeIfAbsent(demand.get(i).sku(), k -> new TreeMap<>())
                        .merge(committed[i].isBefore(today) ? today : committed[i], demand.get(i).quantity(),
                                Integer::sum);
            }
        }
        int total = 0;
        for (Map.Entry<String, TreeMap<LocalDate, Integer>> e : due.entrySet()) {
            long supply = onHand.getOrDefault(e.getKey(), 0);
            long promised = 0;
            long worst = 0;
            TreeMap<LocalDate, Integer> future = output.getOrDefault(e.getKey(), new TreeMap<>());
            LocalDate counted = today;
            for (Map.Entry<LocalDate, Integer> d : e.getValue().entrySet()) {
                for (Map.Entry<LocalDate, Integer> w : future.entrySet()) {
                    LocalDate friday = w.getKey().plusDays(4);
                    if (friday.isAfter(counted) && !friday.isAfter(d.getKey())) {
                        supply += w.getValue();
                    }
                }
                counted = d.getKey();
                promised += d.getValue();
                worst = Math.max(worst, promised - supply);
            }
            total += (int) worst;
        }
        return total;
    }
}
