package com.halowill.partnerhub.commitments;

import java.util.List;

/** Promises demands over the products whose pools {@link Promises#open} locked, in the transaction that opened it. */
public interface PromiseSession {

    /**
     * Promises these demands (of the session's products): each is planned against the pools (LTA first, protection,
     * caps), its supply held, and a PROPOSED commitment recorded. None is a valid answer: nothing is written.
     */
    List<Commitment> promise(List<Demand> demands);
}
