package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.time.Instant;
import java.util.UUID;

/** Which proposals the ops queue shows: optionally one distributor or product, after a position (paging). */
public record ProposalFilter(DistributorCode distributor, Sku sku, Instant afterReceivedAt, UUID afterId) {

    public static ProposalFilter all() {
        return new ProposalFilter(null, null, null, null);
    }
}
