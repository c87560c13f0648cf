package com.halowill.partnerhub.commitments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded change of a commitment: when, who, what was done and why, and the schedule it gave. */
public record HistoryEntry(UUID commitmentId, DemandRef demandRef, Instant at, String actor, String action,
        ReasonCode reason, String note, List<ScheduleLine> schedule) {

    public HistoryEntry {
        schedule = List.copyOf(schedule);
    }
}
