package com.halowill.partnerhub.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the product catalog. */
public interface Catalog {

    List<Product> search(ProductQuery query);

    Optional<Product> find(Sku sku);

    /** The products among these SKUs that exist, by SKU text, in one query. */
    Map<String, Product> find(Collection<Sku> skus);

    /** The constrained components one unit of the product consumes. */
    List<BomLine> billOfMaterials(Sku sku);

    /** The bills of materials of several products, by SKU, in one query. */
    Map<String, List<BomLine>> billsOfMaterials(Collection<Sku> skus);

    /** Every component a bill of materials may name. */
    List<Component> components();
}
