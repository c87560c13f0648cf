package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import com.halowill.partnerhub.app.demo.SupplyEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The same scenario promised the way open-source ERPs do it: first come first served against per-part
 * available-to-promise (stock and the fixed weekly output of {@link PerPartPlan}), the earliest supply first, no
 * pooling of chips, no LTA protection, no re-commit. When a supply change cuts output, the dates already given stay;
 * lines ship when their part is physically there, in arrival order.
 */
final class ErpBaseline {

    /** Baseline outcome: each line's story and the most units promised without supply at any day's end. */
    record Result(List<LineStory> lines, int promisedTwice) {
    }

    private final SeedWorld world;

    ErpBaseline(SeedWorld world) {
        this.world = world;
    }

    Result run(Scenario scenario, LocalDate end) {
        LocalDate start = Scenario.START;
        PlanBook plan = new PlanBook(world);
        plan.applyAll(scenario.events().stream().filter(e -> !e.announcedOn().isAfter(start)).toList());
        Map<String, TreeMap<LocalDate, Integer>> output = PerPartPlan.output(world, plan);
        Map<String, Integer> stockLeft = new HashMap<>(world.stock());
        Map<String, Map<LocalDate, Integer>> outputUsed = new HashMap<>();
        Map<String, Integer> onHand = new HashMap<>(world.stock());
        List<DemandLine> demand = scenario.demand();
        int n = demand.size();
        LocalDate[] committed = new LocalDate[n];
        boolean[] shipped = new boolean[n];
        List<LineStory> stories = new ArrayList<>();
        demand.forEach(l -> stories.add(new LineStory(l)));
        int promisedTwice = 0;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate today = day;
            List<SupplyEvent> announced = scenario.events().stream()
                    .filter(e -> e.announcedOn().equals(today) && today.isAfter(start)).toList();
            if (!announced.isEmpty()) {
                plan.applyAll(announced);
                Map<String, TreeMap<LocalDate, Integer>> cut = PerPartPlan.output(world, plan);
                for (String sku : new HashSet<>(output.keySet())) {
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
                    stories.get(i).see(day, List.of(new LineStory.Part(demand.get(i).quantity(), committed[i])));
                }
            }
            for (int i = 0; i < n; i++) {
                DemandLine l = demand.get(i);
                boolean due = committed[i] != null ? !committed[i].isAfter(day)
                        : !l.placedOn().isAfter(day) && !l.requested().isAfter(day);
                if (!shipped[i] && due && onHand.getOrDefault(l.sku(), 0) >= l.quantity()) {
                    onHand.merge(l.sku(), -l.quantity(), Integer::sum);
                    shipped[i] = true;
                    stories.get(i).ship(day, l.quantity());
                }
            }
            promisedTwice = Math.max(promisedTwice, unbacked(demand, committed, shipped, onHand, output, day));
        }
        return new Result(stories, promisedTwice);
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
            if (found >= need) {
                break;
            }
            LocalDate friday = w.getKey().plusDays(4);
            if (friday.isBefore(today)) {
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
    private static int unbacked(List<DemandLine> demand, LocalDate[] committed, boolean[] shipped,
            Map<String, Integer> onHand, Map<String, TreeMap<LocalDate, Integer>> output, LocalDate today) {
        Map<String, TreeMap<LocalDate, Integer>> due = new HashMap<>();
        for (int i = 0; i < demand.size(); i++) {
            if (committed[i] != null && !shipped[i]) {
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
