package com.halowill.partnerhub.catalog.internal;

import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/** Prices from list price, tier discount and contract prices in the {@code catalog} schema. */
@ApplicationScoped
class PriceList implements Pricing {

    private final EntityManager em;

    PriceList(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Money priceFor(String sku, String distributor, String tier, LocalDate on) {
        List<Object[]> contract = em.createNativeQuery("""
                select price, currency from catalog.contract_price
                where distributor = ?1 and sku = ?2 and ?3 between valid_from and valid_to
                order by price limit 1""")
                .setParameter(1, distributor).setParameter(2, sku).setParameter(3, on).getResultList();
        if (!contract.isEmpty()) {
            return new Money((BigDecimal) contract.get(0)[0], (String) contract.get(0)[1]);
        }
        ProductEntity product = ProductEntity.findById(sku);
        if (product == null) {
            throw new NoSuchElementException("unknown sku " + sku);
        }
        List<BigDecimal> discount = em.createNativeQuery("select percent from catalog.tier_discount where tier = ?1")
                .setParameter(1, tier).getResultList();
        BigDecimal percent = discount.isEmpty() ? BigDecimal.ZERO : discount.get(0);
        return new Money(TierDiscount.apply(product.listPrice, percent), product.currency);
    }
}
