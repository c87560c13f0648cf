package com.halowill.partnerhub.orders;

/** HaloWill's answer to an order line, as the acknowledgment gives it (JSON and X12 855 alike). */
public enum LineAnswer {
    ACCEPTED, ACCEPTED_DATE_CHANGED, ACCEPTED_QUANTITY_CHANGED, BACKORDERED, REJECTED, PENDING;

    /** The answer from the line's status and schedule. */
    public static LineAnswer of(OrderLine l) {
        LineStatus s = l.status();
        if (s == LineStatus.PENDING_COMMITMENT || s == LineStatus.ON_REVIEW) {
            return PENDING;
        }
        if (s == LineStatus.REJECTED || s == LineStatus.CANCELLED) {
            return REJECTED;
        }
        if (l.commitments().stream().anyMatch(c -> c.shipDate() == null)) {
            return BACKORDERED;
        }
        if (l.acceptedQuantity() < l.quantity()) {
            return ACCEPTED_QUANTITY_CHANGED;
        }
        if (l.commitments().stream().map(ScheduleLine::shipDate).anyMatch(d -> d.isAfter(l.requestedDate()))) {
            return ACCEPTED_DATE_CHANGED;
        }
        return ACCEPTED;
    }
}
