package com.halowill.partnerhub.catalog.internal;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalog as stored in the {@code catalog} schema; lookups by part number come from {@link CatalogReference}. */
@ApplicationScoped
class ProductCatalog implements Catalog {

    private final EntityManager em;
    private final CatalogReference reference;

    ProductCatalog(EntityManager em, CatalogReference reference) {
        this.em = em;
        this.reference = reference;
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
    public Optional<Product> find(Sku sku) {
        return Optional.ofNullable(reference.get().products().get(sku.value()));
    }

    @Override
    public Map<String, Product> find(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, Product> products = reference.get().products();
        return skus.stream().map(Sku::value).distinct().map(products::get).filter(Objects::nonNull)
                .collect(Collectors.toMap(p -> p.sku().value(), Function.identity()));
    }

    @Override
    public List<BomLine> billOfMaterials(Sku sku) {
        return reference.get().boms().getOrDefault(sku.value(), List.of());
    }

    @Override
    public Map<String, List<BomLine>> billsOfMaterials(Collection<Sku> skus) {
        Map<String, List<BomLine>> boms = reference.get().boms();
        Map<String, List<BomLine>> out = new HashMap<>();
        for (String sku : Sku.values(skus)) {
            List<BomLine> bom = boms.get(sku);
            if (bom != null) {
                out.put(sku, bom);
            }
        }
        return out;
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
