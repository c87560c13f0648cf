package com.halowill.partnerhub.orders;

import java.util.Collection;
import java.util.List;

/**
 * Order lines whose price ops must decide: an ERP sent a unit price other than the distributor's contract price,
 * so the line is flagged {@code PRICE_MISMATCH} until ops keep the customer's price or apply the contract price.
 */
public interface PriceReviews {

    /** The lines with these demand references, any distributor's, with their price and the contract price now. */
    List<PricedLine> lines(Collection<String> demandRefs);

    /**
     * Decides a flagged line's price (who and when are kept on the line) and clears the flag; the order shows the
     * change in the change feed.
     *
     * @throws java.util.NoSuchElementException when no line has the reference
     * @throws IllegalStateException when the line has no price to decide
     */
    PricedLine decide(String demandRef, PriceDecision decision, String actor);
}
