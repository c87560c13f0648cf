package com.halowill.partnerhub.catalog.internal;
import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Products, bills of materials, tier discounts and contract prices, read once per catalog revision. */
@ApplicationScoped
class CatalogReference {

    /** A contract price row as stored. */
    record Contract(String distributor, String sku, Money price, LocalDate validFrom, LocalDate validTo) {
    }

    /** Everything the hot paths read, by key. */
    record Data(Map<String, Product> products, Map<String, List<BomLine>> boms, Map<String, BigDecimal> discounts,
            Map<String, List<Contract>> contracts) {
    }

    private final EntityManager em;
    private final ReferenceSnapshot<Data> snapshot;

    CatalogReference(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.snapshot = new ReferenceSnapshot<>(em, transactions, "catalog", this::read);
    }

    Data get() {
        return snapshot.get();
    }

    void changed() {
        snapshot.changed();
    }

    @SuppressWarnings("unchecked")
    private Data read() {
        Map<String, Product> products = new LinkedHashMap<>();
        ProductEntity.<ProductEntity>listAll().stream().map(ProductEntity::toProduct)
                .forEach(p -> products.put(p.sku().value(), p));
        List<Object[]> bom = em.createNativeQuery(
                "select sku, component, quantity_per_unit from catalog.bom_line order by sku, component")
                .getResultList();
        Map<String, List<BomLine>> boms = bom.stream()
                .map(r -> new BomLine(new Sku((String) r[0]), (String) r[1], ((Number) r[2]).intValue()))
                .collect(Collectors.groupingBy(b -> b.sku().value(), Collectors.toUnmodifiableList()));
        List<Object[]> tiers = em.createNativeQuery("select tier, percent from catalog.tier_discount").getResultList();
        Map<String, BigDecimal> discounts = tiers.stream()
                .collect(Collectors.toUnmodifiableMap(r -> (String) r[0], r -> (BigDecimal) r[1]));
        List<Object[]> prices = em.createNativeQuery("""
                select distributor, sku, price, currency, valid_from, valid_to from catalog.contract_price
                order by distributor, sku, price""").getResultList();
        Map<String, List<Contract>> contracts = prices.stream()
                .map(r -> new Contract((String) r[0], (String) r[1], new Money((BigDecimal) r[2], (String) r[3]),
                        (LocalDate) r[4], (LocalDate) r[5]))
                .collect(Collectors.groupingBy(Contract::distributor, Collectors.toUnmodifiableList()));
        return new Data(Map.copyOf(products), Map.copyOf(boms), discounts, Map.copyOf(contracts));
    }
}
