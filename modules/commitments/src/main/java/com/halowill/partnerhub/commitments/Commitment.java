package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The promise for one demand: its state, its schedule (split when one date cannot cover the quantity,
 * backordered quantity without a date), and the engine's explanation, summary first.
 */
public record Commitment(UUID id, DemandRef demandRef, DistributorCode distributor, Sku sku, int quantity,
        int acceptedQuantity, LocalDate requestedDate, String shipTo, CommitmentState state,
        List<ScheduleLine> schedule, List<String> explanation, Instant receivedAt, Instant proposedAt,
        Instant confirmedAt, String confirmedBy, Instant updatedAt) {

    public Commitment {
        schedule = List.copyOf(schedule);
        explanation = List.copyOf(explanation);
    }

    /** Units without a ship date yet. */
    public int backorderedQuantity() {
        return schedule.stream().filter(ScheduleLine::backordered).mapToInt(ScheduleLine::quantity).sum();
    }

    public boolean backordered() {
        return backorderedQuantity() > 0;
    }

    /** Whether some dated quantity ships after the requested date. */
    public boolean late() {
        return schedule.stream().map(ScheduleLine::shipDate).filter(Objects::nonNull)
                .anyMatch(d -> d.isAfter(requestedDate));
    }

    /** The date the last dated units ship, or null when nothing is dated. */
    public LocalDate lastShipDate() {
        return schedule.stream().map(ScheduleLine::shipDate).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }

    public int shippedQuantity() {
        return schedule.stream().mapToInt(ScheduleLine::shippedQuantity).sum();
    }

    /** The engine's one-line summary. */
    public String summary() {
        return explanation.isEmpty() ? "" : explanation.get(0);
    }

    /** Whether it still holds or has confirmed supply. */
    public boolean open() {
        return state == CommitmentState.PROPOSED || state == CommitmentState.CONFIRMED;
    }
}
