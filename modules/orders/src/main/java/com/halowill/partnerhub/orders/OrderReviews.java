package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Orders held at intake for ops: a line far above what its distributor normally orders of the product (above the
 * threshold ops set for the pair, or worth more than the default line value), or an order that takes the
 * distributor's open order value past its credit limit. Held lines are {@link LineStatus#ON_REVIEW}; they hold no
 * supply until ops release them (then they are promised like new demand) or reject them.
 */
public interface OrderReviews {

    /** Every line waiting for review, oldest order first. */
    List<LineOnReview> waiting();

    /** How many lines wait for review (the commitment queue says so). */
    int waitingLines();

    /**
     * Promises the order's held lines now (each becomes a proposal, as at intake) and keeps who released them.
     * Releasing an order with nothing held changes nothing.
     *
     * @return the lines released
     * @throws NoSuchElementException when there is no such order
     */
    int release(OrderId orderId, String actor);

    /**
     * Rejects the order's held lines with the note given to the partner; the rest of the order goes on.
     *
     * @return the lines rejected
     * @throws NoSuchElementException when there is no such order
     */
    int reject(OrderId orderId, String note, String actor);

    /** The thresholds ops set, by distributor and product. */
    List<ReviewThreshold> thresholds();

    /**
     * Sets (or with {@code maxUnits} 0 removes) the threshold of a distributor and product.
     *
     * @throws IllegalArgumentException for an unknown distributor or product, or a negative quantity
     */
    void setThreshold(DistributorCode distributor, Sku sku, int maxUnits, String actor);
}
