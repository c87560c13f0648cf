package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.AssemblyCapacity;
import com.halowill.partnerhub.inventory.ComponentSupply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The skeleton's scheduling rule for factory output: each week a component's supply is split evenly
 * among the products that use it, each product builds as many units as its scarcest component
 * allows, and an assembly line over its capacity scales its products down proportionally. A
 * product whose form factor no line builds gets no output.
 */
final class ScheduledOutput {

    /** A product that can be built: its form factor and components per unit. */
    record Buildable(String sku, String formFactor, Map<String, Integer> componentsPerUnit) {
    }

    /** Output of one product in one week. */
    record WeeklyOutput(String sku, LocalDate weekStart, int units) {
    }

    private ScheduledOutput() {
    }

    static List<WeeklyOutput> plan(List<Buildable> products, List<ComponentSupply> supply,
            List<AssemblyCapacity> capacity) {
        Map<LocalDate, Map<String, Integer>> supplyByWeek = new TreeMap<>();
        for (ComponentSupply s : supply) {
            supplyByWeek.computeIfAbsent(s.weekStart(), w -> new HashMap<>()).merge(s.component(), s.quantity(),
                    Integer::sum);
        }
        TreeSet<LocalDate> weeks = new TreeSet<>(supplyByWeek.keySet());
        capacity.forEach(c -> weeks.add(c.weekStart()));
        List<WeeklyOutput> out = new ArrayList<>();
        for (LocalDate week : weeks) {
            Map<String, Integer> chips = supplyByWeek.getOrDefault(week, Map.of());
            Map<String, Integer> chipLimited = chipLimited(products, chips);
            for (AssemblyCapacity line : capacity) {
                if (!line.weekStart().equals(week)) {
                    continue;
                }
                List<Buildable> onLine = products.stream()
                        .filter(p -> line.formFactors().contains(p.formFactor())).toList();
                long wanted = onLine.stream().mapToLong(p -> chipLimited.get(p.sku())).sum();
                for (Buildable p : onLine) {
                    long units = chipLimited.get(p.sku());
                    if (wanted > line.units()) {
                        units = units * line.units() / wanted;
                    }
                    if (units > 0) {
                        out.add(new WeeklyOutput(p.sku(), week, (int) units));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Integer> chipLimited(List<Buildable> products, Map<String, Integer> chips) {
        Map<String, Integer> users = new HashMap<>();
        products.forEach(p -> p.componentsPerUnit().keySet().forEach(c -> users.merge(c, 1, Integer::sum)));
        Map<String, Integer> limited = new HashMap<>();
        for (Buildable p : products) {
            int units = p.componentsPerUnit().isEmpty() ? 0 : Integer.MAX_VALUE;
            for (Map.Entry<String, Integer> c : p.componentsPerUnit().entrySet()) {
                int share = chips.getOrDefault(c.getKey(), 0) / users.get(c.getKey());
                units = Math.min(units, share / c.getValue());
            }
            limited.put(p.sku(), units);
        }
        return limited;
    }
}
