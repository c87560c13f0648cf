package com.halowill.partnerhub.commitments;

/**
 * Backorder processing: when demand exceeds what is left, non-LTA demand in scope is promised again by the
 * rule ops choose. Simulated first (who gains, who loses, by how much), applied on approval. LTA-drawn units
 * keep their supply; confirmed commitments keep theirs unless the run includes them.
 */
public interface BackorderProcessing {

    RunPreview simulate(BackorderRun run);

    RunPreview apply(BackorderRun run, String planner);
}
