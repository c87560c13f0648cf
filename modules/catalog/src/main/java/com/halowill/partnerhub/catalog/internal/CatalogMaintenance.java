package com.halowill.partnerhub.catalog.internal;
import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.ContractPrice;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the catalog: upserts keyed by the natural ids. */
@ApplicationScoped
@Transactional
class CatalogMaintenance implements CatalogAdministration {

    private final EntityManager em;
    private final CatalogReference reference;

    CatalogMaintenance(EntityManager em, CatalogReference reference) {
        this.em = em;
        this.reference = reference;
    }

    @Override
    public void saveProduct(Product product) {
        ProductEntity entity = ProductEntity.findById(product.sku().value());
        if (entity == null) {
            entity = new ProductEntity();
            entity.copy(product);
            entity.persist();
        } else {
            entity.copy(product);
        }
        reference.changed();
    }

    @Override
    public void saveComponent(Component c) {
        em.createNativeQuery("""
                insert into catalog.component (code, name, constrained, notes) values (?1, ?2, ?3, ?4)
                on conflict (code) do update set name = excluded.name, constrained = excluded.constrained,
                notes = excluded.notes""")
                .setParameter(1, c.code()).setParameter(2, c.name()).setParameter(3, c.constrained())
                .setParameter(4, c.notes()).executeUpdate();
        reference.changed();
    }

    @Override
    public void saveBomLine(BomLine line) {
        em.flush();
        em.createNativeQuery("""
                insert into catalog.bom_line (sku, component, quantity_per_unit) values (?1, ?2, ?3)
                on conflict (sku, component) do update set quantity_per_unit = excluded.quantity_per_unit""")
                .setParameter(1, line.sku().value()).setParameter(2, line.component())
                .setParameter(3, line.quantityPerUnit()).executeUpdate();
        reference.changed();
    }

    @Override
    public void saveTierDiscount(String tier, BigDecimal percent) {
        em.createNativeQuery("""
                insert into catalog.tier_discount (tier, percent) values (?1, ?2)
                on conflict (tier) do update set percent = excluded.percent""")
                .setParameter(1, tier).setParameter(2, percent).executeUpdate();
        reference.changed();
    }

    @Override
    public void saveContractPrice(ContractPrice p) {
        em.flush();
        em.createNativeQuery("""
                insert into catalog.contract_price (distributor, sku, agreement, price, currency, valid_from, valid_to)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (distributor, sku, agreement) do update set price = excluded.price,
                currency = excluded.currency, valid_from = excluded.valid_from, valid_to = excluded.valid_to""")
                .setParameter(1, p.distributor().value()).setParameter(2, p.sku().value())
                .setParameter(3, p.agreement())
                .setParameter(4, p.price().amount()).setParameter(5, p.price().currency())
                .setParameter(6, p.validFrom()).setParameter(7, p.validTo()).executeUpdate();
        reference.changed();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> tierDiscounts() {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select tier, percent from catalog.tier_discount")
                .getResultList()) {
            out.put((String) r[0], (BigDecimal) r[1]);
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<ContractPrice> contractPrices() {
        return ((List<Object[]>) em.createNativeQuery("""
                select distributor, sku, price, currency, valid_from, valid_to, agreement from catalog.contract_price
                order by distributor, sku, valid_from""").getResultList()).stream()
                .map(r -> new ContractPrice(new DistributorCode((String) r[0]), new Sku((String) r[1]),
                new Money((BigDecimal) r[2], ((String) r[3])
                        .strip()), (LocalDate) r[4], (LocalDate) r[5], (String) r[6])).toList();
    }
}
