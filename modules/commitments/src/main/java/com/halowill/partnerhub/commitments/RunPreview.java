package com.halowill.partnerhub.commitments;

import java.util.List;

/** A backorder run's outcome (simulated or applied): every commitment that moves, and the impact per distributor. */
public record RunPreview(BackorderRun run, List<Move> moves, List<DistributorImpact> impact, boolean applied) {

    public RunPreview {
        moves = List.copyOf(moves);
        impact = List.copyOf(impact);
    }
}
