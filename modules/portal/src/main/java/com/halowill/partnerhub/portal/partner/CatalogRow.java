package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.ScheduleLine;
import java.time.LocalDate;

/**
 * A product as the catalog page shows it: the caller's price and what the engine could promise this
 * distributor now (ship today from stock, the next date it could ship more, everything in the plan).
 */
public record CatalogRow(Product product, Money price, int inStock, int nextQuantity, LocalDate nextDate,
        int horizonTotal) {

    /** Whether the row offers the successor: end of life, not recommended for new designs, or nothing to promise. */
    public boolean offersSuccessor() {
        return product.successorSku() != null && (product.lifecycle() == Lifecycle.EOL
                || product.lifecycle() == Lifecycle.NRND || horizonTotal == 0);
    }

    /** How much to ask the engine for, to learn everything it could promise. */
    static final int EVERYTHING = 100_000_000;

    static CatalogRow of(Product product, Money price, Quote quote, LocalDate today) {
        int now = 0;
        int total = 0;
        ScheduleLine next = null;
        for (ScheduleLine s : quote.schedule()) {
            if (s.backordered()) {
                continue;
            }
            total += s.quantity();
            if (!s.shipDate().isAfter(today)) {
                now += s.quantity();
            } else if (next == null) {
                next = s;
            }
        }
        return new CatalogRow(product, price, now, next == null ? 0 : next.quantity(),
                next == null ? null : next.shipDate(), total);
    }
}
