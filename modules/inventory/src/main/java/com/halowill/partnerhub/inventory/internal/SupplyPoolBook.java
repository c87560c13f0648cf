package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.SupplyPools;
import com.halowill.partnerhub.inventory.Warehouse;
import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.LockRoundTrip;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
     * Stock, component and capacity rows of the families asked for, in one statement: kind, key, warehouse, week,
     * then the totals. Each family is sent with the revision whose rows are kept in memory for it (or null); a family
     * that still has that revision is left out, so it is not read again. When the families are locked, the lock
     * statement goes first in the same round trip, so the rows and revisions are read after it.
     */
    private static final String POOLS = """
            with asked as (
                select a.family from unnest(?::varchar[], ?::int8[]) as a(family, kept)
                left join inventory.pool_family f on f.family = a.family
                where f.revision is null or a.kept is null or f.revision <> a.kept)
            select 'S', sku, warehouse, cast(null as date), on_hand, held, confirmed, 0 from inventory.stock
            where sku = any(array(select substr(family, 7) from asked where family like 'stock:%'))
            union all
            select 'C', component, null, week_start, supply, held, confirmed, shipped from inventory.component_pool
            where component = any(array(select substr(family, 7) from asked where family like 'chips:%'))
            union all
            select 'L', line, null, week_start, units, held, confirmed, shipped from inventory.capacity_pool
            where line = any(array(select substr(family, 10) from asked where family like 'capacity:%'))
            order by 1, 2, 3, 4""";

    private final EntityManager em;
    private final PoolCache cache;
    private final Catalog catalog;
    private final PoolMoves moves;
    private final InventoryReference reference;
    private final LockRoundTrip trip;

    SupplyPoolBook(EntityManager em, Catalog catalog, PoolMoves moves, InventoryReference reference,
            PoolCache cache, LockRoundTrip trip) {
        this.em = em;
        this.trip = trip;
        this.cache = cache;
        this.catalog = catalog;
        this.moves = moves;
        this.reference = reference;
    }

    @Override
    public Map<String, Recipe> recipes(Collection<Sku> skus) {
        Map<String, Product> products = catalog.find(skus);
        return recipesOf(products.values());
    }

    private Map<String, Recipe> recipesOf(Collection<Product> products) {
        Map<String, List<BomLine>> boms = catalog.billsOfMaterials(products.stream().map(Product::sku)
                .toList());
        Map<String, List<String>> lines = reference.lines();
        Map<String, Recipe> out = new HashMap<>();
        for (Product p : products) {
            Map<String, Integer> chips = boms.getOrDefault(p.sku().value(), List.of()).stream()
                    .collect(Collectors.toMap(BomLine::component, BomLine::quantityPerUnit));
            List<String> onLines = lines.entrySet().stream().filter(e -> e.getValue().contains(p.formFactor()))
                    .map(Map.Entry::getKey).sorted().toList();
            out.put(p.sku().value(), new Recipe(p.sku(), p.formFactor(), chips, onLines,
                    p.lifecycle() != Lifecycle.EOL));
        }
        return out;
    }

    @Override
    public PoolSnapshot snapshot(Collection<Sku> skus, boolean lock) {
        return read(recipes(skus), Sku.values(skus), lock);
    }

    @Override
    public PoolSnapshot snapshot(Map<String, Recipe> recipes, Collection<Sku> skus, boolean lock) {
        return read(recipes, Sku.values(skus), lock);
    }

    @Override
    public PoolSnapshot everything(boolean lock) {
        List<Product> products = catalog.search(ProductQuery.all());
        return read(recipesOf(products), Sku.values(products.stream().map(Product::sku).toList()), lock);
    }

    /**
     * The pools of the products' families, in one round trip with what the transaction enlisted to go before and
     * after its lock ({@link LockRoundTrip}). Locked, a family whose revision did not move since its rows were kept
     * in memory is served from there ({@link PoolCache}); unlocked (a quote), everything is read.
     */
    private PoolSnapshot read(Map<String, Recipe> recipes, Collection<String> skus, boolean lock) {
        LockRoundTrip.Enlisted along = trip.take();
        TreeSet<String> families = new TreeSet<>();
        for (String sku : skus) {
            families.add(PoolKind.STOCK.family(sku));
            Recipe r = recipes.get(sku);
            if (r != null) {
                r.chipsPerUnit().keySet().forEach(c -> families.add(PoolKind.CHIPS.family(c)));
                r.lines().forEach(l -> families.add(PoolKind.CAPACITY.family(l)));
            }
        }
        // Each kept entry is taken once: what is sent as kept and whether it is used are decided with the same entry
        // (another transaction may keep another revision meanwhile).
        Map<String, PoolCache.Kept> known = new HashMap<>();
        if (lock) {
            for (String family : families) {
                PoolCache.Kept k = cache.kept(family);
                if (k != null) {
                    known.put(family, k);
                }
            }
        }
        PoolRows read = new PoolRows();
        Map<String, Long> revisions = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            StringBuilder sql = new StringBuilder();
            along.before().forEach(a -> sql.append(a.sql()).append(";\n"));
            sql.append(lock ? PoolLocks.LOCK + ";\n" : "").append(POOLS);
            along.after().forEach(a -> sql.append(";\n").append(a.sql()));
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (AlongRead<?> a : along.before()) {
                    i = a.bind(c, ps, i);
                }
                if (lock) {
                    ps.setArray(i++, c.createArrayOf("varchar", families.toArray(String[]::new)));
                }
                ps.setArray(i++, c.createArrayOf("varchar", families.toArray(String[]::new)));
                ps.setArray(i++, c.createArrayOf("int8", families.stream()
                        .map(f -> known.containsKey(f) ? known.get(f).revision() : null).toArray(Long[]::new)));
                for (AlongRead<?> a : along.after()) {
                    i = a.bind(c, ps, i);
                }
                ps.execute();
                for (AlongRead<?> a : along.before()) {
                    try (ResultSet r = ps.getResultSet()) {
                        a.take(r);
                    }
                    ps.getMoreResults();
                }
                if (lock) {
                    try (ResultSet r = ps.getResultSet()) {
                        while (r.next()) {
                            revisions.put(r.getString(1), r.getLong(2));
                        }
                    }
                    ps.getMoreResults();
                }
                try (ResultSet r = ps.getResultSet()) {
                    read.add(r);
                }
                for (AlongRead<?> a : along.after()) {
                    ps.getMoreResults();
                    try (ResultSet r = ps.getResultSet()) {
                        a.take(r);
                    }
                }
            }
        });
        if (!lock) {
            return new PoolSnapshot(recipes, read.stock, read.chips, read.capacity, warehouses());
        }
        PoolRows all = new PoolRows();
        for (String family : families) {
            // Served from memory exactly when the query, sent the same kept revision, left the family out.
            Long revision = revisions.get(family);
            PoolCache.Kept k = known.get(family);
            if (k != null && revision != null && k.revision() == revision) {
                all.addAll(k.rows());
            } else {
                List<?> rows = read.of(family);
                if (revision != null) {
                    cache.keep(family, revision, rows);
                }
                all.addAll(rows);
            }
        }
        return new PoolSnapshot(recipes, all.stock, all.chips, all.capacity, warehouses());
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
