package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;

/**
 * A distributor's X12 trading-partner profile: the ISA qualifier and id its interchanges come from (and HaloWill's
 * answers go to), its GS application id, the version (004010 or 005010) and the separators its translator reads.
 */
public record X12Profile(DistributorCode distributor, String isaQualifier, String isaId, String groupId, String version,
        char elementSeparator, char componentSeparator, char segmentTerminator, Instant updatedAt, String updatedBy) {
}
