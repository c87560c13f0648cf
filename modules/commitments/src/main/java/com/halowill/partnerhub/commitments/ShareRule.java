package com.halowill.partnerhub.commitments;

/** How a backorder run shares short supply among non-LTA demand. */
public enum ShareRule {
    /** Earliest received first. */
    FIRST_COME,
    /** Distributors served in turn, in proportion to their fair-share weight (tier). */
    FAIR_SHARE
}
