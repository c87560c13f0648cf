package com.halowill.partnerhub.catalog;

import java.util.List;
import java.util.Optional;

/** Reads the product catalog. */
public interface Catalog {

    List<Product> search(ProductQuery query);

    Optional<Product> find(String sku);

    /** The constrained components one unit of the product consumes. */
    List<BomLine> billOfMaterials(String sku);
}
