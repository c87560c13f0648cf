package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What a re-commit or backorder run does (or would do) to one commitment: its schedule before and after,
 * by how many days its last dated units move (positive: later), and for a re-commit the supply that fell short under
 * it (null otherwise).
 */
public record Move(UUID commitmentId, DemandRef demandRef, DistributorCode distributor, Sku sku, CommitmentState state,
        int quantity, List<ScheduleLine> before, List<ScheduleLine> after, String ltaCode, String cause) {

    public Move {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public LocalDate lastShipBefore() {
        return last(before);
    }

    public LocalDate lastShipAfter() {
        return last(after);
    }

    /** Days the last dated units move; null when either side has nothing dated. */
    public Long daysMoved() {
        LocalDate b = lastShipBefore();
        LocalDate a = lastShipAfter();
        return a == null || b == null ? null : ChronoUnit.DAYS.between(b, a);
    }

    public int backorderedBefore() {
        return before.stream().filter(ScheduleLine::backordered).mapToInt(ScheduleLine::quantity).sum();
    }

    public int backorderedAfter() {
        return after.stream().filter(ScheduleLine::backordered).mapToInt(ScheduleLine::quantity).sum();
    }

    private static LocalDate last(List<ScheduleLine> schedule) {
        return schedule.stream().map(ScheduleLine::shipDate).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(null);
    }
}
