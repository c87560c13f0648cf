package com.halowill.partnerhub.catalog.internal;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Product;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/** The catalog as stored in the {@code catalog} schema. */
@ApplicationScoped
class ProductCatalog implements Catalog {

    private final EntityManager em;

    ProductCatalog(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Product> search(ProductQuery query) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (query.dataRateGbps() != null) {
            where.add("dataRateGbps = :rate");
            params.and("rate", query.dataRateGbps());
        }
        if (query.formFactor() != null) {
            where.add("formFactor = :ff");
            params.and("ff", query.formFactor());
        }
        if (query.lifecycle() != null) {
            where.add("lifecycle = :lc");
            params.and("lc", query.lifecycle());
        }
        Sort sort = Sort.by("dataRateGbps").and("sku");
        List<ProductEntity> rows = where.isEmpty()
                ? ProductEntity.listAll(sort)
                : ProductEntity.list(String.join(" and ", where), sort, params);
        return rows.stream().map(ProductEntity::toProduct).toList();
    }

    @Override
    public Optional<Product> find(String sku) {
        return ProductEntity.<ProductEntity>findByIdOptional(sku).map(ProductEntity::toProduct);
    }

    @Override
    public Map<String, Product> find(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return ProductEntity.<ProductEntity>list("sku in ?1", skus).stream().map(ProductEntity::toProduct)
                .collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BomLine> billOfMaterials(String sku) {
        List<Object[]> rows = em.createNativeQuery(
                "select sku, component, quantity_per_unit from catalog.bom_line where sku = ?1 order by component")
                .setParameter(1, sku).getResultList();
        return rows.stream()
                .map(r -> new BomLine((String) r[0], (String) r[1], ((Number) r[2]).intValue()))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, List<BomLine>> billsOfMaterials(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                select sku, component, quantity_per_unit from catalog.bom_line
                where sku = any(cast(?1 as varchar[])) order by sku, component""")
                .setParameter(1, skus.toArray(String[]::new)).getResultList();
        return rows.stream().map(r -> new BomLine((String) r[0], (String) r[1], ((Number) r[2]).intValue()))
                .collect(Collectors.groupingBy(BomLine::sku));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Component> components() {
        List<Object[]> rows = em.createNativeQuery(
                "select code, name, constrained, notes from catalog.component order by code").getResultList();
        return rows.stream().map(r -> new Component((String) r[0], (String) r[1], (Boolean) r[2], (String) r[3]))
                .toList();
    }
}
