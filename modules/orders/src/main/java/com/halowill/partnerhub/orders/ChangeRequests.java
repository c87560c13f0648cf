package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Change requests on orders: submitted by distributors, decided at once by the engine or by ops. */
public interface ChangeRequests {

    /**
     * Submits a change of the distributor's order. Lines the engine can re-promise as asked without moving anyone
     * else's commitment (and every cancellation or plain reduction) are carried out at once; the others wait for
     * ops. Empty when the order is not the distributor's.
     *
     * @throws OrderRejected with every field error when the request is not valid (nothing changes)
     */
    default Optional<ChangeRequest> submit(OrderId orderId, DistributorCode distributor, List<LineChange> lines,
            String note,
            String actor) {
        return submit(orderId, distributor, lines, note, actor, null);
    }

    /**
     * The same, with the partner's key for the request (null: none): sending the same request with its key again
     * changes nothing and answers the first request.
     *
     * @throws IdempotencyKeyReused when the key was used for another request (nothing changes)
     */
    Optional<ChangeRequest> submit(OrderId orderId, DistributorCode distributor, List<LineChange> lines, String note,
            String actor, String key);

    /** The order's change requests, oldest first (empty when the order is not the distributor's). */
    List<ChangeRequest> forOrder(OrderId orderId, DistributorCode distributor);

    /** Requests with lines waiting for ops, oldest first. */
    List<ChangeRequest> pending(int limit);

    Optional<ChangeRequest> find(UUID requestId);

    /**
     * What accepting would give each waiting line of the request now, by line number, in a sentence (the schedule, and
     * the units a raised LTA call-off would take back from lines without an LTA). Nothing is held or written.
     */
    Map<Integer, String> ifAccepted(ChangeRequest request);

    /**
     * Ops accept the waiting lines: each is re-promised as well as the engine can (possibly later or backordered); a
     * raised LTA call-off takes what its agreement still protects back from lines without an LTA.
     */
    ChangeRequest accept(UUID requestId, String planner, String note);

    /** Ops reject the waiting lines: they keep their current commitment. */
    ChangeRequest reject(UUID requestId, String planner, String note);
}
