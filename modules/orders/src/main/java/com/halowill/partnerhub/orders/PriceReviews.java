package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Order lines whose price ops must decide: an ERP sent a unit price other than the distributor's contract price,
 * so the line is flagged {@code PRICE_MISMATCH} until ops keep the customer's price or apply the contract price.
 * Ops confirm order lines' proposals here, so no flagged line is confirmed without that decision.
 */
public interface PriceReviews {

    /** The lines with these demand references, any distributor's, with their price and the contract price now. */
    List<PricedLine> lines(Collection<DemandRef> demandRefs);

    /**
     * Decides a flagged line's price (who and when are kept on the line) and clears the flag; the order shows the
     * change in the change feed.
     *
     * @throws java.util.NoSuchElementException when no line has the reference
     * @throws IllegalStateException when the line has no price to decide
     */
    PricedLine decide(DemandRef demandRef, PriceDecision decision, String actor);

    /**
     * Confirms a proposal, deciding its line's price first when it is flagged; both or nothing.
     *
     * @param decision null when the line has no price to decide
     * @throws PriceDecisionNeeded when the line is flagged and no decision is given (nothing changes)
     */
    Commitment confirm(UUID commitmentId, PriceDecision decision, String actor);

    /**
     * Confirms several proposals in one transaction (bulk confirm); none when any of their lines is flagged.
     *
     * @throws PriceDecisionNeeded naming the first flagged line (nothing changes)
     */
    List<Commitment> confirmAll(Collection<UUID> commitmentIds, String actor);
}
