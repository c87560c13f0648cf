package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What is coming for one distributor: its commitments at risk, the next units due to ship, and the dates HaloWill
 * moved (notices).
 */
public interface DistributorOutlook {

    /** Open commitments (proposed or confirmed) shipping late or backordered, the earliest asked for first. */
    List<CommitmentAtRisk> atRisk(DistributorCode distributor, int limit);

    /** How many open commitments ship late or are backordered. */
    int atRiskCount(DistributorCode distributor);

    /** Unshipped units of the distributor's open commitments due to ship from {@code from} on, soonest first. */
    List<ShipmentDue> nextShipments(DistributorCode distributor, LocalDate from, int limit);

    /**
     * Changes HaloWill made to the distributor's commitments since a time, newest first: dates moved by a supply
     * change, a backorder run or an ops decision (not the customer's own changes, confirmations or shipments).
     */
    List<HistoryEntry> notices(DistributorCode distributor, Instant since, int limit);
}
