package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A distributor's X12 trading-partner profile: the ISA qualifier and id its interchanges come from (and HaloWill's
 * answers go to), its GS application id, the version (004010 or 005010), the separators its translator reads, and
 * which of the 855, 856 and 865 HaloWill pushes to the endpoints it subscribed (the others it fetches).
 */
public record X12Profile(DistributorCode distributor, String isaQualifier, String isaId, String groupId, String version,
        char elementSeparator, char componentSeparator, char segmentTerminator, Set<Pushed> pushed, Instant updatedAt,
        String updatedBy) {

    /** The documents a profile may push. */
    public enum Pushed {
        /** The 855 purchase order acknowledgment. */
        ACKNOWLEDGMENT_855,
        /** The 856 advance ship notice. */
        SHIP_NOTICE_856,
        /** The 865 answer to a change request. */
        CHANGE_ANSWER_865
    }

    public X12Profile {
        pushed = pushed == null || pushed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pushed));
    }

    /** A profile that pushes all three documents. */
    public X12Profile(DistributorCode distributor, String isaQualifier, String isaId, String groupId, String version,
            char elementSeparator, char componentSeparator, char segmentTerminator, Instant updatedAt,
            String updatedBy) {
        this(distributor, isaQualifier, isaId, groupId, version, elementSeparator, componentSeparator,
                segmentTerminator, EnumSet.allOf(Pushed.class), updatedAt, updatedBy);
    }

    /** Whether this document is pushed to the distributor's subscribed endpoints. */
    public boolean pushes(Pushed document) {
        return pushed.contains(document);
    }
}
