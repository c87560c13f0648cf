package com.halowill.partnerhub.catalog;

import java.time.LocalDate;

/** Answers what a given distributor pays for a product. */
public interface Pricing {

    /**
     * The distributor's price on a day: a contract price in force, else the list price less the
     * distributor tier's discount.
     */
    Money priceFor(String sku, String distributor, String tier, LocalDate on);
}
