package com.halowill.partnerhub.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** Answers what a given distributor pays for a product. */
public interface Pricing {

    /**
     * The distributor's price on a day: a contract price in force, else the list price less the
     * distributor tier's discount.
     */
    Money priceFor(Sku sku, DistributorCode distributor, String tier, LocalDate on);

    /** The same rule for many products at once, by SKU text, without a query per product. */
    Map<String, Money> pricesFor(Collection<Product> products, DistributorCode distributor, String tier, LocalDate on);
}
