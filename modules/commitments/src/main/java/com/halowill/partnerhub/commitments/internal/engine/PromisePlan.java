package com.halowill.partnerhub.commitments.internal.engine;

import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What the engine promised one demand: its allocations, what it could not date (backorder), and why. */
public record PromisePlan(List<Allocation> allocations, int backordered, List<String> explanation) {

    public PromisePlan {
        allocations = List.copyOf(allocations);
        explanation = List.copyOf(explanation);
    }

    public int promised() {
        return allocations.stream().mapToInt(Allocation::units).sum();
    }

    public LocalDate lastShipDate() {
        return allocations.stream().map(Allocation::shipDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    public String summary() {
        return explanation.isEmpty() ? "" : explanation.get(0);
    }
}
