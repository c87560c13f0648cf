package com.halowill.partnerhub.catalog;

/** Filters for a catalog search; a null field does not filter. */
public record ProductQuery(Integer dataRateGbps, String formFactor, Lifecycle lifecycle) {

    public static ProductQuery all() {
        return new ProductQuery(null, null, null);
    }
}
