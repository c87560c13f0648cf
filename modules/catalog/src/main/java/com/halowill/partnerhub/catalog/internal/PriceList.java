package com.halowill.partnerhub.catalog.internal;

import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * Any number of products costs two queries.
 */
@ApplicationScoped
class PriceList implements Pricing {

    private final EntityManager em;

    PriceList(EntityManager em) {
        this.em = em;
    }

    @Override
    public Money priceFor(String sku, String distributor, String tier, LocalDate on) {
        ProductEntity product = ProductEntity.findById(sku);
        if (product == null) {
            throw new NoSuchElementException("unknown sku " + sku);
        }
        return pricesFor(List.of(product.toProduct()), distributor, tier, on).get(sku);
    }

    @Override
    public Map<String, Money> pricesFor(Collection<Product> products, String distributor, String tier,
            LocalDate on) {
        if (products.isEmpty()) {
            return Map.of();
        }
        Map<String, Money> contract = contractPrices(products.stream().map(Product::sku).toList(), distributor, on);
        BigDecimal percent = tierDiscount(tier);
        Map<String, Money> prices = new LinkedHashMap<>();
        for (Product p : products) {
            prices.put(p.sku(), contract.getOrDefault(p.sku(),
                    new Money(TierDiscount.apply(p.listPrice().amount(), percent), p.listPrice().currency())));
        }
        return prices;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Money> contractPrices(List<String> skus, String distributor, LocalDate on) {
        List<Object[]> rows = em.createNativeQuery("""
                select sku, price, currency from catalog.contract_price
                where distributor = ?1 and sku in (?2) and ?3 between valid_from and valid_to
                order by sku, price""")
                .setParameter(1, distributor).setParameter(2, skus).setParameter(3, on).getResultList();
        Map<String, Money> lowest = new HashMap<>();
        for (Object[] r : rows) {
            lowest.putIfAbsent((String) r[0], new Money((BigDecimal) r[1], (String) r[2]));
        }
        return lowest;
    }

    @SuppressWarnings("unchecked")
    private BigDecimal tierDiscount(String tier) {
        List<BigDecimal> discount = em.createNativeQuery("select percent from catalog.tier_discount where tier = ?1")
                .setParameter(1, tier).getResultList();
        return discount.isEmpty() ? BigDecimal.ZERO : discount.get(0);
    }
}
