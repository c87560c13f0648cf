package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.AlongRead;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.StockPool;
import com.halowill.partnerhub.inventory.SupplyPools;
import com.halowill.partnerhub.inventory.Warehouse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The pools in the {@code inventory} schema: recipes, locked or plain snapshots, and moves between holdings. */
@ApplicationScoped
class SupplyPoolBook implements SupplyPools {

    /**
     * Stock, component and capacity rows in one statement: kind, key, warehouse, week, then the totals. When the
     * families are locked, the lock statement goes first in the same round trip, so the rows are read after it.
     */
    private static final String POOLS = """
            select 'S', sku, warehouse, cast(null as date), on_hand, held, confirmed, 0 from inventory.stock
            where sku = any(?::varchar[])
            union all
            select 'C', component, null, week_start, supply, held, confirmed, shipped from inventory.component_pool
            where component = any(?::varchar[])
            union all
            select 'L', line, null, week_start, units, held, confirmed, shipped from inventory.capacity_pool
            where line = any(?::varchar[])
            order by 1, 2, 3, 4""";

    private final EntityManager em;
    private final Catalog catalog;
    private final PoolMoves moves;
    private final InventoryReference reference;

    SupplyPoolBook(EntityManager em, Catalog catalog, PoolMoves moves, InventoryReference reference) {
        this.em = em;
        this.catalog = catalog;
        this.moves = moves;
        this.reference = reference;
    }

    @Override
    public Map<String, Recipe> recipes(Collection<String> skus) {
        Map<String, Product> products = catalog.find(skus);
        return recipesOf(products.values());
    }

    private Map<String, Recipe> recipesOf(Collection<Product> products) {
        Map<String, List<BomLine>> boms = catalog.billsOfMaterials(products.stream().map(Product::sku).toList());
        Map<String, List<String>> lines = reference.lines();
        Map<String, Recipe> out = new HashMap<>();
        for (Product p : products) {
            Map<String, Integer> chips = boms.getOrDefault(p.sku(), List.of()).stream()
                    .collect(Collectors.toMap(BomLine::component, BomLine::quantityPerUnit));
            List<String> onLines = lines.entrySet().stream().filter(e -> e.getValue().contains(p.formFactor()))
                    .map(Map.Entry::getKey).sorted().toList();
            out.put(p.sku(), new Recipe(p.sku(), p.formFactor(), chips, onLines, p.lifecycle() != Lifecycle.EOL));
        }
        return out;
    }

    @Override
    public PoolSnapshot snapshot(Collection<String> skus, boolean lock) {
        return read(recipes(skus), skus, lock, null);
    }

    @Override
    public PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<String> skus, boolean lock,
            AlongRead<?> afterLock) {
        return read(recipes, skus, lock, afterLock);
    }

    @Override
    public PoolSnapshot everything(boolean lock) {
        List<Product> products = catalog.search(ProductQuery.all());
        return read(recipesOf(products), products.stream().map(Product::sku).toList(), lock, null);
    }

    private PoolSnapshot read(Map<String, Recipe> recipes, Collection<String> skus, boolean lock,
            AlongRead<?> afterLock) {
        TreeSet<String> components = new TreeSet<>();
        TreeSet<String> lines = new TreeSet<>();
        for (String sku : skus) {
            Recipe r = recipes.get(sku);
            if (r != null) {
                components.addAll(r.chipsPerUnit().keySet());
                lines.addAll(r.lines());
            }
        }
        Map<String, Warehouse> warehouses = warehouses();
        TreeSet<String> families = new TreeSet<>();
        if (lock) {
            skus.forEach(s -> families.add("stock:" + s));
            components.forEach(c -> families.add("chips:" + c));
            lines.forEach(l -> families.add("capacity:" + l));
        }
        List<StockPool> stock = new ArrayList<>();
        List<ChipPool> chips = new ArrayList<>();
        List<CapacityPool> capacity = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            String sql = (families.isEmpty() ? POOLS : PoolLocks.LOCK + ";\n" + POOLS)
                    + (afterLock == null ? "" : ";\n" + afterLock.sql());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!families.isEmpty()) {
                    ps.setArray(i++, c.createArrayOf("varchar", families.toArray(String[]::new)));
                }
                ps.setArray(i++, c.createArrayOf("varchar", skus.toArray(String[]::new)));
                ps.setArray(i++, c.createArrayOf("varchar", components.toArray(String[]::new)));
                ps.setArray(i++, c.createArrayOf("varchar", lines.toArray(String[]::new)));
                if (afterLock != null) {
                    afterLock.bind(c, ps, i);
                }
                ps.execute();
                if (!families.isEmpty()) {
                    ps.getMoreResults();
                }
                try (ResultSet r = ps.getResultSet()) {
                    while (r.next()) {
                        switch (r.getString(1)) {
                            case "S" -> stock.add(new StockPool(r.getString(2), r.getString(3), r.getInt(5), r.getInt(6),
                                    r.getInt(7)));
                            case "C" -> chips.add(new ChipPool(r.getString(2), r.getObject(4, LocalDate.class),
                                    r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
                            default -> capacity.add(new CapacityPool(r.getString(2), r.getObject(4, LocalDate.class),
                                    r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
                        }
                    }
                }
                if (afterLock != null) {
                    ps.getMoreResults();
                    try (ResultSet r = ps.getResultSet()) {
                        afterLock.take(r);
                    }
                }
            }
        });
        return new PoolSnapshot(recipes, stock, chips, capacity, warehouses);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Collection<PoolMove> list) {
        moves.apply(list);
    }

    Map<String, Warehouse> warehouses() {
        return reference.warehouses();
    }

}
