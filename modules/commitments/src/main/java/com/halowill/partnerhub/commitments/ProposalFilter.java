package com.halowill.partnerhub.commitments;

import java.time.Instant;
import java.util.UUID;

/** Which proposals the ops queue shows: optionally one distributor or product, after a position (paging). */
public record ProposalFilter(String distributor, String sku, Instant afterReceivedAt, UUID afterId) {

    public static ProposalFilter all() {
        return new ProposalFilter(null, null, null, null);
    }
}
