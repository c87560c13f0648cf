package com.halowill.partnerhub.replay;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How an ERP without component pooling plans output: each week a component's supply is split evenly among the
 * products that use it (no carry-over), each product builds what its scarcest component allows, and a line over
 * capacity scales its products down. The result is a fixed output per product and week, promised first come.
 */
final class PerPartPlan {

    private PerPartPlan() {
    }

    static Map<String, TreeMap<LocalDate, Integer>> output(SeedWorld w, PlanBook plan) {
        Map<String, Map<LocalDate, Integer>> chips = plan.chipsView();
        TreeSet<LocalDate> weeks = new TreeSet<>();
        plan.capacity.values().forEach(c -> weeks.addAll(c.keySet()));
        List<String> built = w.bom().keySet().stream().filter(s -> !w.endOfLife().getOrDefault(s, false)).sorted()
                .toList();
        Map<String, Integer> users = new HashMap<>();
        built.forEach(s -> w.bom().get(s).keySet().forEach(c -> users.merge(c, 1, Integer::sum)));
        Map<String, TreeMap<LocalDate, Integer>> out = new HashMap<>();
        for (LocalDate week : weeks) {
            Map<String, Long> limited = new HashMap<>();
            for (String sku : built) {
                long units = Long.MAX_VALUE;
                for (Map.Entry<String, Integer> c : w.bom().get(sku).entrySet()) {
                    int share = chips.getOrDefault(c.getKey(), Map.of()).getOrDefault(week, 0) / users.get(c.getKey());
                    units = Math.min(units, share / c.getValue());
                }
                limited.put(sku, units);
            }
            for (Map.Entry<String, List<String>> line : w.lineFormFactors().entrySet()) {
                int capacity = plan.unitsIn(line.getKey(), week);
                List<String> onLine = built.stream().filter(s -> line.getValue().contains(w.formFactor().get(s)))
                        .toList();
                long wanted = onLine.stream().mapToLong(limited::get).sum();
                for (String sku : onLine) {
                    long units = wanted > capacity ? limited.get(sku) * capacity / wanted : limited.get(sku);
                    if (units > 0) {
                        out.computeIfAbsent(sku, k -> new TreeMap<>()).put(week, (int) units);
                    }
                }
            }
        }
        return out;
    }
}
