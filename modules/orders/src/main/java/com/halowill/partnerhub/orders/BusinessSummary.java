package com.halowill.partnerhub.orders;

import java.util.Map;

/** How many of a distributor's orders are open, and its open lines by status. */
public record BusinessSummary(int openOrders, Map<LineStatus, Integer> openLines) {

    public BusinessSummary {
        openLines = Map.copyOf(openLines);
    }

    /** Open lines with this status (0 when none). */
    public int lines(LineStatus status) {
        return openLines.getOrDefault(status, 0);
    }

    /** Lines whose proposal waits for HaloWill's confirmation. */
    public int pending() {
        return lines(LineStatus.PENDING_COMMITMENT);
    }
}
