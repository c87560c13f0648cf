package com.halowill.partnerhub.catalog;

/** A distributor's code, as its contract prices, LTAs, caps, orders and webhooks name it (NWOS, CASC, ...). */
public record DistributorCode(String value) {

    public DistributorCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a distributor code is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
