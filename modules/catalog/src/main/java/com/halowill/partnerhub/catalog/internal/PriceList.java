package com.halowill.partnerhub.catalog.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Prices from list price, tier discount and contract prices in the {@code catalog} schema: a
 * contract price in force wins (the lowest, if several), else list price less the tier's discount.
 * Read from {@link CatalogReference}: no query while the catalog's revision stands.
 */
@ApplicationScoped
class PriceList implements Pricing {

    private final CatalogReference reference;

    PriceList(CatalogReference reference) {
        this.reference = reference;
    }

    @Override
    public Money priceFor(Sku sku, DistributorCode distributor, String tier, LocalDate on) {
        Product product = reference.get().products().get(sku.value());
        if (product == null) {
            throw new NoSuchElementException("unknown sku " + sku);
        }
        return pricesFor(List.of(product), distributor, tier, on).get(sku.value());
    }

    @Override
    public Map<String, Money> pricesFor(Collection<Product> products, DistributorCode distributor, String tier,
            LocalDate on) {
        if (products.isEmpty()) {
            return Map.of();
        }
        Map<String, Money> contract = contractPrices(products.stream().map(p -> p.sku().value()).toList(),
                distributor.value(), on);
        BigDecimal percent = tierDiscount(tier);
        Map<String, Money> prices = new LinkedHashMap<>();
        for (Product p : products) {
            prices.put(p.sku().value(), contract.getOrDefault(p.sku().value(),
                    new Money(TierDiscount.apply(p.listPrice().amount(), percent), p.listPrice().currency())));
        }
        return prices;
    }

    /** The lowest contract price in force per product (rows come ordered by price). */
    private Map<String, Money> contractPrices(List<String> skus, String distributor, LocalDate on) {
        Map<String, Money> lowest = new HashMap<>();
        for (CatalogReference.Contract c : reference.get().contracts().getOrDefault(distributor, List.of())) {
            if (skus.contains(c.sku()) && !on.isBefore(c.validFrom()) && !on.isAfter(c.validTo())) {
                lowest.putIfAbsent(c.sku(), c.price());
            }
        }
        return lowest;
    }

    private BigDecimal tierDiscount(String tier) {
        return reference.get().discounts().getOrDefault(tier, BigDecimal.ZERO);
    }
}
