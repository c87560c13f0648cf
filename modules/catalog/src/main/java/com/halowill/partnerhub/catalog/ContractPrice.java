package com.halowill.partnerhub.catalog;

import java.time.LocalDate;

/** A distributor's negotiated price for a product over a period, usually from an LTA. */
public record ContractPrice(DistributorCode distributor, Sku sku, Money price, LocalDate validFrom, LocalDate validTo,
        String agreement) {
}
