package com.halowill.partnerhub.inventory;

import java.util.List;
import java.util.Map;

/** The pools some products draw on, as committed at the moment of reading, with their recipes and warehouses. */
public record PoolSnapshot(Map<String, Recipe> recipes, List<StockPool> stock, List<ChipPool> chips,
        List<CapacityPool> capacity, Map<String, Warehouse> warehouses) {

    public PoolSnapshot {
        recipes = Map.copyOf(recipes);
        stock = List.copyOf(stock);
        chips = List.copyOf(chips);
        capacity = List.copyOf(capacity);
        warehouses = Map.copyOf(warehouses);
    }
}
