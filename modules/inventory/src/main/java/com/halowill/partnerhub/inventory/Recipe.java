package com.halowill.partnerhub.inventory;
import com.halowill.partnerhub.catalog.Sku;

import java.util.List;
import java.util.Map;

/**
 * How a product is built: the constrained components one unit consumes and the assembly lines that
 * can build its form factor. A product that may not be built (end of life) can still ship from stock.
 */
public record Recipe(Sku sku, String formFactor, Map<String, Integer> chipsPerUnit, List<String> lines,
        boolean buildable) {

    public Recipe {
        chipsPerUnit = Map.copyOf(chipsPerUnit);
        lines = List.copyOf(lines);
    }
}
