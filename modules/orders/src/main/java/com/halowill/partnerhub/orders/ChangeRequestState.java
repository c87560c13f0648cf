package com.halowill.partnerhub.orders;

/** Where a change request, or one of its lines, stands. */
public enum ChangeRequestState {
    PENDING_REVIEW, ACCEPTED, REJECTED
}
