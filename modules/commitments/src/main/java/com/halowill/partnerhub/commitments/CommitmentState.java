package com.halowill.partnerhub.commitments;

/** A proposal waits for an ops planner; a confirmed commitment holds reserved supply and is what partners see. */
public enum CommitmentState {
    PROPOSED, CONFIRMED
}
