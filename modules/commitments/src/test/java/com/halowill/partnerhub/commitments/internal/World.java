package com.halowill.partnerhub.commitments.internal;
import com.halowill.partnerhub.catalog.Sku;

import com.halowill.partnerhub.commitments.internal.allocation.CapLedger;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.StockPool;
import com.halowill.partnerhub.inventory.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small supply world for the engine's rule tests: products, stock, weekly chips and capacity, LTAs, caps. */
public final class World {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final LocalDate WEEK1 = LocalDate.of(2026, 11, 30);

    private final Map<String, Recipe> recipes = new HashMap<>();
    private final List<StockPool> stock = new ArrayList<>();
    private final Map<String, Integer> chips = new HashMap<>();
    private final Map<String, Integer> capacity = new HashMap<>();
    private final List<LtaLedger> ltas = new ArrayList<>();
    private final List<CapLedger> caps = new ArrayList<>();
    private int weeks = 8;
    private LocalDate today = TODAY;

    public static LocalDate week(int n) {
        return WEEK1.plusWeeks(n - 1);
    }

    public static LocalDate friday(int n) {
        return week(n).plusDays(4);
    }

    public World weeks(int n) {
        this.weeks = n;
        return this;
    }

    public World today(LocalDate day) {
        this.today = day;
        return this;
    }

    public World product(String sku, String line, Map<String, Integer> chipsPerUnit) {
        recipes.put(sku, new Recipe(new Sku(sku), "FF-" + line, chipsPerUnit, List.of(line), true));
        return this;
    }

    public World endOfLife(String sku) {
        recipes.put(sku, new Recipe(new Sku(sku), "FF", Map.of(), List.of(), false));
        return this;
    }

    public World stock(String sku, String warehouse, int units) {
        stock.add(new StockPool(new Sku(sku), warehouse, units, 0, 0));
        return this;
    }

    /** Chips arriving in week n (1-based). */
    public World chips(String component, int week, int quantity) {
        chips.merge(component + "|" + week, quantity, Integer::sum);
        return this;
    }

    public World chipsEveryWeek(String component, int quantity) {
        for (int w = 1; w <= weeks; w++) {
            chips(component, w, quantity);
        }
        return this;
    }

    public World capacityEveryWeek(String line, int units) {
        for (int w = 1; w <= weeks; w++) {
            capacity.put(line + "|" + w, units);
        }
        return this;
    }

    public World capacity(String line, int week, int units) {
        capacity.put(line + "|" + week, units);
        return this;
    }

    public World lta(String code, String distributor, String sku, LocalDate start, LocalDate end, int committed) {
        List<LocalDate> periodWeeks = LtaLedger.periodWeeks(start, end);
        ltas.add(new LtaLedger(code, distributor, sku, start, end, committed, 2, periodWeeks,
                LtaLedger.evenQuota(committed, periodWeeks.size()), new int[periodWeeks.size()]));
        return this;
    }

    public World cap(String distributor, String sku, LocalDate start, LocalDate end, int max) {
        caps.add(new CapLedger(caps.size() + 1, distributor, sku, start, end, max, 0));
        return this;
    }

    public SupplyState state() {
        List<ChipPool> chipPools = new ArrayList<>();
        List<CapacityPool> capacityPools = new ArrayList<>();
        for (int w = 1; w <= weeks; w++) {
            for (String component : components()) {
                chipPools.add(new ChipPool(component, week(w), chips.getOrDefault(component + "|" + w, 0), 0, 0, 0));
            }
            for (String line : lines()) {
                capacityPools.add(new CapacityPool(line, week(w), capacity.getOrDefault(line + "|" + w, 0), 0, 0, 0));
            }
        }
        Map<String, Warehouse> warehouses = Map.of(
                "FACTORY", new Warehouse("FACTORY", "Factory", "MY", "factory", 7),
                "HUB", new Warehouse("HUB", "Hub", "US", "regional_hub", 2));
        return new SupplyState(today, new PoolSnapshot(recipes, stock, chipPools, capacityPools, warehouses), Map.of(),
                ltas, caps);
    }

    private List<String> components() {
        return chips.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).distinct().sorted().toList();
    }

    private List<String> lines() {
        List<String> all = new ArrayList<>(capacity.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).toList());
        recipes.values().forEach(r -> all.addAll(r.lines()));
        return all.stream().distinct().sorted().toList();
    }
}
