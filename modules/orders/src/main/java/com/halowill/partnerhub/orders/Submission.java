package com.halowill.partnerhub.orders;

/** The outcome of an intake: the order, and whether this was a replay of an earlier identical request. */
public record Submission(PurchaseOrder order, boolean replay) {
}
