package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.catalog.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The promise engine's published operations. One engine answers quotes, promises new demand (holding
 * the supply it proposes), and re-promises on ops decisions; every change is recorded with a reason.
 */
public interface Promises {

    /**
     * Promises new demands in the caller's transaction: each is planned against the pools (LTA first,
     * protection, caps), its supply held, and a PROPOSED commitment recorded. The next quote sees less.
     */
    List<Commitment> promise(List<Demand> demands);

    /**
     * Opens a promise session in the caller's transaction over these products: their pools are locked and read
     * (LTAs and caps under the locks), so the caller can decide which of its demands to take in, and then promise
     * them in the same transaction. Whatever the transaction enlisted for the lock's round trip goes with it.
     */
    PromiseSession open(Collection<Sku> skus);

    /** What the engine would promise now, committing nothing. */
    Quote quote(QuoteRequest request);

    /** Several quotes, each as if it were the only one (the catalog's availability), from one reading of supply. */
    List<Quote> quotes(List<QuoteRequest> requests);

    /**
     * What accepting an order would promise, line after line (each line sees the supply the earlier ones
     * would take), committing nothing. No existing commitment moves: new demand never takes supply already
     * promised; what it cannot get is backordered.
     */
    List<Quote> simulate(List<QuoteRequest> orderLines);

    /** Confirms a proposal: its held supply becomes confirmed. Confirming twice changes nothing. */
    Commitment confirm(UUID commitmentId, String planner);

    /** Confirms several proposals in one transaction (bulk confirm). */
    List<Commitment> confirmAll(Collection<UUID> commitmentIds, String planner);

    /**
     * Re-promises under an ops decision (date, quantity, source) with a reason from the fixed list: what it
     * held is released and the new plan held, all or nothing.
     *
     * @throws OverrideRefused when the supply cannot honour it (nothing changes)
     */
    Commitment override(UUID commitmentId, OpsDecision decision, String planner);

    /**
     * Cancels what has not shipped of these commitments (the customer cancelled): unshipped supply is released,
     * what shipped stays. Cancelling again changes nothing.
     */
    List<Commitment> cancel(Collection<UUID> commitmentIds, String actor, String note);

    /** Rejects a proposal or withdraws a commitment: its supply is released. */
    Commitment reject(UUID commitmentId, ReasonCode reason, String note, String planner);

    Optional<Commitment> find(UUID commitmentId);

    List<Commitment> forDemands(Collection<DemandRef> demandRefs);

    /** Proposals waiting for ops, oldest first, after the given one (null: from the start), at most {@code limit}. */
    List<Commitment> proposals(ProposalFilter filter, int limit);

    /** Every recorded change of these demands' commitments, oldest first. */
    List<HistoryEntry> history(Collection<DemandRef> demandRefs);
}
