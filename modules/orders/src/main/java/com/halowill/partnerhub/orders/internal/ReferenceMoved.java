package com.halowill.partnerhub.orders.internal;

import java.util.Set;

/**
 * A batch that deferred its reference check found at its end that reference data it used had moved meanwhile: its
 * transaction must roll back, and its orders are taken in again with the check first.
 */
class ReferenceMoved extends RuntimeException {

    ReferenceMoved(Set<String> modules) {
        super("reference data moved while the batch ran: " + String.join(", ", modules), null, false, false);
    }
}
