package com.halowill.partnerhub.commitments;

import java.time.Instant;
import java.util.List;

/**
 * One change of a commitment that partners can see (confirmed, moved, re-quantified, rejected, shipped):
 * the commitment now, its schedule before, why, who and when. Delivered in {@link CommitmentsChanged}.
 */
public record CommitmentChanged(Commitment commitment, List<ScheduleLine> before, ReasonCode reason, String actor,
        Instant at) {

    public CommitmentChanged {
        before = List.copyOf(before);
    }
}
