package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.catalog.Sku;
import java.time.LocalDate;
import java.util.UUID;

/** Re-promises a demand whose customer changed its quantity or requested date. */
public interface DemandChanges {

    /**
     * Re-plans the commitment for the new quantity and requested date in the caller's transaction. With
     * {@code onlyIfKept} the change is made only when it is a plain reduction or when the engine can ship all of
     * it by the new date from supply nobody else holds; otherwise nothing changes and the answer carries the
     * schedule the engine could offer; no other commitment moves. Without it (ops accepted the change), a raised LTA
     * call-off takes what its week's quota still protects back from lines without an LTA, which are re-promised and
     * told (ADR 16); nothing else moves.
     *
     * @throws OverrideRefused when the change is impossible (below what shipped, a closed commitment)
     */
    DemandChange change(UUID commitmentId, int quantity, LocalDate requestedDate, boolean onlyIfKept, String actor,
            String note);

    /**
     * Takes, in the caller's transaction, the locks a change of demands for these products needs: their pool families,
     * in the one fixed order. A caller that locks rows of its own (an order) takes these first, so that every
     * transaction locks in the same order: pool families, then commitments, then orders.
     */
    void lockSupplyFor(java.util.Collection<Sku> skus);

    /**
     * What accepting the change would give now, written nowhere: the commitment's schedule and the units it would take
     * back from lines without an LTA. Empty when the commitment is closed or unknown.
     */
    java.util.Optional<ChangePreview> preview(UUID commitmentId, int quantity, LocalDate requestedDate);

    /** What accepting a change would give: the line's schedule, and units taken back from lines without an LTA. */
    record ChangePreview(java.util.List<ScheduleLine> schedule, int takenFromOthers) {
    }

    /** The outcome: whether the change was made, the commitment as it now stands, and what the engine offered. */
    record DemandChange(boolean applied, Commitment commitment, java.util.List<ScheduleLine> offered, String summary) {
    }
}
