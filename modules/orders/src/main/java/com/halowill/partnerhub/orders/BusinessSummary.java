package com.halowill.partnerhub.orders;

/** How many of a distributor's orders are open, and how many lines wait for HaloWill (proposals, lines held for review). */
public record BusinessSummary(int openOrders, int pendingLines) {
}
