package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;

/** Distributors' planning schedules (X12 830), kept as received: the newest read by the distributor and by ops. */
public interface PlanningSchedules {

    /**
     * Keeps a schedule under the sender's key for it (an interchange and transaction control number); false when that
     * key was kept already, which changes nothing.
     */
    boolean keep(PlanningSchedule schedule, String key);

    /** The distributor's schedules, newest first. */
    List<PlanningSchedule> of(DistributorCode distributor, int limit);

    /** The newest schedule of every distributor that sent one, by distributor. */
    List<PlanningSchedule> newest();
}
