package com.halowill.partnerhub.commitments.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** What the engine promised one demand: its allocations, what it could not date (backorder), and why. */
record PromisePlan(List<Allocation> allocations, int backordered, List<String> explanation) {

    PromisePlan {
        allocations = List.copyOf(allocations);
        explanation = List.copyOf(explanation);
    }

    int promised() {
        return allocations.stream().mapToInt(Allocation::units).sum();
    }

    LocalDate lastShipDate() {
        return allocations.stream().map(Allocation::shipDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    String summary() {
        return explanation.isEmpty() ? "" : explanation.get(0);
    }
}
