package com.halowill.partnerhub.catalog;

/** A distributor's code, as its contract prices, LTAs, caps, orders and webhooks name it (NWOS, CASC, ...). */
public record DistributorCode(String value) {

    public DistributorCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a distributor code is never blank");
        }
    }

    /** The code a caller typed or sent; empty when the text is missing or blank (no distributor has such a code). */
    public static java.util.Optional<DistributorCode> of(String text) {
        return text == null
                || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new DistributorCode(text));
    }

    @Override
    public String toString() {
        return value;
    }
}
