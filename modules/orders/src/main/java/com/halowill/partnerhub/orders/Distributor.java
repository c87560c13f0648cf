package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.math.BigDecimal;

/** A channel distributor that buys from HaloWill, with its commercial terms. */
public record Distributor(String code, String name, String tier, String country, String currency,
        String paymentTerms, String incoterm, BigDecimal creditLimit, String erpClientId) {

    /** Its code, typed, as other modules are asked about it. */
    public DistributorCode id() {
        return new DistributorCode(code);
    }
}
