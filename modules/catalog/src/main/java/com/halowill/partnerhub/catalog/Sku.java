package com.halowill.partnerhub.catalog;

import java.util.Collection;
import java.util.List;

/** A product's stock-keeping unit, as the catalog, supply pools, commitments and orders name the product. */
public record Sku(String value) {

    public Sku {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a SKU is never blank");
        }
    }

    /** The SKU a caller typed or sent; empty when the text is missing or blank (no product has such a SKU). */
    public static java.util.Optional<Sku> of(String text) {
        return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new Sku(text));
    }

    /** The SKUs of these texts, in their order. */
    public static List<Sku> all(Collection<String> values) {
        return values.stream().map(Sku::new).toList();
    }

    /** The texts of these SKUs, in their order. */
    public static List<String> values(Collection<Sku> skus) {
        return skus.stream().map(Sku::value).toList();
    }

    @Override
    public String toString() {
        return value;
    }
}
