package com.halowill.partnerhub.orders;

import java.math.BigDecimal;

/** A channel distributor that buys from HaloWill, with its commercial terms. */
public record Distributor(String code, String name, String tier, String country, String currency,
        String paymentTerms, String incoterm, BigDecimal creditLimit, String erpClientId) {
}
