package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.SupplyEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The supply plan as the replay itself knows it (the seed plan with the scenario's events applied as they are
 * announced): chips per component and week, units per assembly line and week. The replay checks the platform's
 * promises against this, never against the platform's own pools.
 */
final class PlanBook {

    final Map<String, TreeMap<LocalDate, Integer>> chips = new HashMap<>();
    final Map<String, TreeMap<LocalDate, Integer>> capacity = new HashMap<>();

    PlanBook(SeedWorld world) {
        world.chips().forEach((c, weeks) -> chips.put(c, new TreeMap<>(weeks)));
        world.capacity().forEach((l, weeks) -> capacity.put(l, new TreeMap<>(weeks)));
    }

    /** Applies an announced change; a resource that is neither a component nor a line fails the scenario. */
    void apply(SupplyEvent e) {
        if (chips.containsKey(e.resource())) {
            chips.get(e.resource()).put(e.weekStart(), e.quantity());
        } else if (capacity.containsKey(e.resource())) {
            capacity.get(e.resource()).put(e.weekStart(), e.quantity());
        } else {
            throw new IllegalArgumentException("supply event for " + e.resource()
                    + ": neither a component nor an assembly line of the seed world");
        }
    }

    void applyAll(List<SupplyEvent> events) {
        events.forEach(this::apply);
    }

    /** The last week the plan covers. */
    LocalDate lastWeek() {
        return capacity.values().stream().filter(w -> !w.isEmpty()).map(TreeMap::lastKey).max(LocalDate::compareTo)
                .orElse(LocalDate.MIN);
    }

    boolean isComponent(String resource) {
        return chips.containsKey(resource);
    }

    int chipsIn(String component, LocalDate week) {
        return chips.getOrDefault(component, new TreeMap<>()).getOrDefault(week, 0);
    }

    int unitsIn(String line, LocalDate week) {
        return capacity.getOrDefault(line, new TreeMap<>()).getOrDefault(week, 0);
    }

    Map<String, Map<LocalDate, Integer>> chipsView() {
        Map<String, Map<LocalDate, Integer>> out = new HashMap<>();
        chips.forEach((c, w) -> out.put(c, new TreeMap<>(w)));
        return out;
    }
}
