package com.halowill.partnerhub.commitments.internal.engine;

import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.CapLedger;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.StockPool;
import com.halowill.partnerhub.inventory.Warehouse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Supply as the engine sees it inside one transaction: every pool with what is already used, the LTA
 * volume protected for holders, and allocation caps. Plans take from it and releases give back, so a
 * run of many promises (a re-commit, a backorder run, the replay) sees each earlier promise.
 *
 * <p>Components carry forward: chips unused in their week stay available later, so a build in week W
 * may use chips of any week up to W. The state therefore keeps, per component, supply and use by week
 * and answers with the smallest cumulative slack from W to the end of the plan.
 */
public final class SupplyState {

    /** Stands for "no LTA of one's own" in the protection memo. */
    private static final LtaLedger NOBODY = new LtaLedger("", "", "", LocalDate.MIN, LocalDate.MIN, 0, 0, List.of(),
            new int[0], new int[0]);

    public final LocalDate today;
    public final Weeks weeks;
    /** The recipes of the products the state was read for and of every LTA's product, and those learnt since. */
    public final Map<String, Recipe> recipes;
    private final Map<String, Recipe> known;
    /** The components and lines whose pools the state was read with (and, at intake, locked). */
    private final Set<String> chipsRead = new HashSet<>();
    private final Set<String> linesRead = new TreeSet<>();
    public final Map<String, Warehouse> warehouses;
    private final Map<String, Map<String, int[]>> stock = new HashMap<>();
    private final Map<String, int[]> chipSupply = new HashMap<>();
    private final Map<String, int[]> chipUsed = new HashMap<>();
    private final Map<String, int[]> lineUnits = new HashMap<>();
    private final Map<String, int[]> lineUsed = new HashMap<>();
    private final List<LtaLedger> ltas;
    private final List<CapLedger> caps;
    private final Map<LtaLedger, Map<String, int[]>> needMemo = new HashMap<>();
    private final Map<LtaLedger, Integer> yieldedHere = new HashMap<>();
    private Shortage closed;
    private final Optional<String> factory;

    public SupplyState(LocalDate today, PoolSnapshot pools, Map<String, Recipe> ltaRecipes, List<LtaLedger> ltas,
            List<CapLedger> caps) {
        this.today = today;
        TreeSet<LocalDate> mondays = new TreeSet<>();
        pools.chips().forEach(c -> mondays.add(c.week()));
        pools.capacity().forEach(c -> mondays.add(c.week()));
        this.weeks = new Weeks(mondays);
        Map<String, Recipe> all = new HashMap<>(ltaRecipes);
        all.putAll(pools.recipes());
        this.known = all;
        this.recipes = Collections.unmodifiableMap(known);
        this.warehouses = pools.warehouses();
        for (StockPool s : pools.stock()) {
            stock.computeIfAbsent(s.sku().value(), k -> new LinkedHashMap<>())
                    .put(s.warehouse(), new int[] {s.onHand(), s.held() + s.confirmed()});
        }
        for (ChipPool c : pools.chips()) {
            int i = weeks.indexOf(c.week());
            chipSupply.computeIfAbsent(c.component(), k -> new int[weeks.size()])[i] = c.supply();
            chipUsed.computeIfAbsent(c.component(), k -> new int[weeks.size()])[i] = c.used();
            chipsRead.add(c.component());
        }
        for (CapacityPool c : pools.capacity()) {
            int i = weeks.indexOf(c.week());
            lineUnits.computeIfAbsent(c.line(), k -> new int[weeks.size()])[i] = c.units();
            lineUsed.computeIfAbsent(c.line(), k -> new int[weeks.size()])[i] = c.used();
            linesRead.add(c.line());
        }
        this.ltas = List.copyOf(ltas);
        this.caps = List.copyOf(caps);
        this.factory = warehouses.values().stream().filter(w -> "factory".equals(w.role())).map(Warehouse::code)
                .sorted().findFirst();
    }

    /**
     * Adds recipes of other products, so that lines of theirs can be planned again here. Such a plan sees only the
     * pools this state was read with: none of their finished stock, no line or chips it was not read for.
     */
    public void learn(Map<String, Recipe> more) {
        more.forEach(known::putIfAbsent);
    }

    /** Whether a build allocation draws only on line capacity and chips whose pools this state was read with. */
    public boolean readWith(Allocation a) {
        return a.source() == Allocation.Source.BUILD && linesRead.contains(a.line())
                && chipsRead.containsAll(a.chipsPerUnit().keySet());
    }

    /** The lines whose capacity this state was read with. */
    public Set<String> linesRead() {
        return Collections.unmodifiableSet(linesRead);
    }

    // ---- finished goods -------------------------------------------------------------------------

    /** Warehouses holding the product, the preferred one first, then by transit time. */
    public List<String> stockWarehouses(String sku, String preferred) {
        List<String> codes = new ArrayList<>(stock.getOrDefault(sku, Map.of()).keySet());
        codes.sort(Comparator.<String, Boolean>comparing(w -> !w.equals(preferred))
                .thenComparing(w -> transitDays(w)).thenComparing(w -> w));
        return codes;
    }

    public int stockFree(String sku, String warehouse) {
        if (closed != null && closed.kind() == PoolKind.STOCK && closed.key().equals(sku)
                && closed.warehouse().equals(warehouse)) {
            return 0;
        }
        int[] s = stock.getOrDefault(sku, Map.of()).get(warehouse);
        return s == null ? 0 : Math.max(0, s[0] - s[1]);
    }

    public void useStock(String sku, String warehouse, int units) {
        stock.computeIfAbsent(sku, k -> new LinkedHashMap<>()).computeIfAbsent(warehouse, k -> new int[2])[1] += units;
    }

    public int transitDays(String warehouse) {
        Warehouse w = warehouses.get(warehouse);
        return w == null ? 0 : w.transitDays();
    }

    /** Where built units ship from: the factory's finished-goods store. */
    public Optional<String> factory() {
        return factory;
    }

    // ---- builds ---------------------------------------------------------------------------------

    /** Whether week {@code i}'s build can still be ready: its Friday is today or later. */
    public boolean canBuildIn(int i) {
        return !Weeks.ready(weeks.get(i)).isBefore(today);
    }

    /**
     * Units of the product that week {@code i} can still build for a holder of {@code own} (or anyone: null) for
     * units shipping on {@code shipDate}.
     */
    public int buildable(Recipe r, int i, LtaLedger own, LocalDate shipDate) {
        if (!r.buildable() || r.lines().isEmpty()) {
            return 0;
        }
        long units = 0;
        for (String line : r.lines()) {
            units += capacityLeft(line, i, own, shipDate);
        }
        for (Map.Entry<String, Integer> c : r.chipsPerUnit().entrySet()) {
            units = Math.min(units, chipsLeft(c.getKey(), i, own) / c.getValue());
        }
        return (int) Math.max(0, units);
    }

    /**
     * Capacity of a line in week {@code i} not used and not protected for LTAs other than {@code own}. A line's
     * capacity does not carry forward, so the holder may use its own protection in week {@code i} only for units
     * shipping in the week that protection is for (the week after); other units of the holder see it as taken.
     */
    public int capacityLeft(String line, int i, LtaLedger own, LocalDate shipDate) {
        int[] units = lineUnits.get(line);
        if (units == null || closed != null && closed.kind() == PoolKind.CAPACITY && closed.key().equals(line)
                && closed.week() == i) {
            return 0;
        }
        boolean ownWeek = own != null && shipDate != null && buildWeekFor(Weeks.monday(shipDate)) == i;
        return Math.max(0, units[i] - lineUsed.get(line)[i] - need(false, line, ownWeek ? own : null)[i]);
    }

    /**
     * Chips of a component a build in week {@code i} can use: the smallest cumulative slack (supply less
     * use less protection for LTAs other than {@code own}) from week {@code i} to the end of the plan.
     */
    public int chipsLeft(String component, int i, LtaLedger own) {
        int[] supply = chipSupply.get(component);
        if (supply == null || closed != null && closed.kind() == PoolKind.CHIPS && closed.key().equals(component)
                && i <= closed.week()) {
            return 0;
        }
        int[] used = chipUsed.get(component);
        int[] need = need(true, component, own);
        long slack = 0;
        for (int k = 0; k < i; k++) {
            slack += supply[k] - used[k] - need[k];
        }
        long min = Long.MAX_VALUE;
        for (int k = i; k < supply.length; k++) {
            slack += supply[k] - used[k] - need[k];
            min = Math.min(min, slack);
        }
        return (int) Math.max(0, Math.min(min, Integer.MAX_VALUE));
    }

    public void useChips(String component, int i, int chips) {
        chipUsed.computeIfAbsent(component, k -> new int[weeks.size()])[i] += chips;
        chipSupply.computeIfAbsent(component, k -> new int[weeks.size()]);
    }

    public void useCapacity(String line, int i, int units) {
        lineUsed.computeIfAbsent(line, k -> new int[weeks.size()])[i] += units;
        lineUnits.computeIfAbsent(line, k -> new int[weeks.size()]);
    }

    /** How much of week {@code i}'s pools the LTAs other than {@code own} keep protected, for explanations. */
    public int protectedChips(String component, int i, LtaLedger own) {
        int total = 0;
        int[] need = need(true, component, own);
        for (int k = 0; k <= i; k++) {
            total += need[k];
        }
        return total;
    }

    /** Uses (or, negative, gives back) week {@code i}'s line capacity and chips for units of a build allocation. */
    public void useBuild(Allocation a, int i, int units) {
        useCapacity(a.line(), i, units);
        a.chipsPerUnit().forEach((c, q) -> useChips(c, i, units * q));
    }

    /** Gives an allocation's units back to its pools, its LTA or its caps (a release, a move, a simulation). */
    public void release(String distributor, String sku, Allocation a) {
        if (a.source() == Allocation.Source.STOCK) {
            useStock(sku, a.warehouse(), -a.units());
        } else {
            int i = weeks.indexOf(a.week());
            if (i >= 0) {
                useBuild(a, i, -a.units());
            }
        }
        if (a.ltaCode() == null) {
            useCap(distributor, sku, a.shipDate(), -a.units());
        } else {
            ltas.stream().filter(l -> l.code.equals(a.ltaCode()) && l.weekIndex(a.shipDate()) >= 0).findFirst()
                    .ifPresent(l -> draw(l, a.shipDate(), -a.units()));
        }
    }

    /** Plans see nothing of the short pool (null: they see every pool again), so that they look for other supply. */
    public void close(Shortage shortage) {
        this.closed = shortage;
    }

    /** Takes an allocation's units from its pools, its LTA or its caps again (undoes a {@link #release}). */
    public void take(String distributor, String sku, Allocation a) {
        release(distributor, sku, a.withUnits(-a.units()));
    }

    // ---- allocation: LTAs and caps -------------------------------------------------------------

    /** The holder's LTA for the product whose period covers the ship date, if any. */
    public Optional<LtaLedger> lta(String distributor, String sku, LocalDate shipDate) {
        return ltas.stream().filter(l -> l.distributor.equals(distributor) && l.sku.equals(sku) && l.covers(shipDate))
                .findFirst();
    }

    public List<LtaLedger> ltas() {
        return ltas;
    }

    public void draw(LtaLedger lta, LocalDate shipDate, int units) {
        lta.draw(shipDate, units);
        needMemo.clear();
    }

    /** Units the distributor may still be promised of the product for this ship date under every cap. */
    public int capLeft(String distributor, String sku, LocalDate shipDate) {
        int left = Integer.MAX_VALUE;
        for (CapLedger c : caps) {
            if (c.applies(distributor, sku, shipDate)) {
                left = Math.min(left, c.left());
            }
        }
        return left;
    }

    public void useCap(String distributor, String sku, LocalDate shipDate, int units) {
        for (CapLedger c : caps) {
            if (c.applies(distributor, sku, shipDate)) {
                c.used += units;
            }
        }
    }

    public List<CapLedger> caps() {
        return caps;
    }

    /**
     * The plan week whose build protects a week of LTA quota: the one ready on the Friday before that week starts,
     * so a call-off for any day of the week can be built from it (the plan's first week protects itself).
     */
    private int buildWeekFor(LocalDate ltaWeek) {
        int i = weeks.indexOf(ltaWeek.minusWeeks(1));
        return i >= 0 ? i : weeks.indexOf(ltaWeek);
    }

    /**
     * Per plan week, what the LTAs other than {@code own} keep protected in a pool family
     * ({@code chips:<component>} in chips, {@code line:<line>} in units built on it).
     */
    private int[] need(boolean chips, String key, LtaLedger own) {
        Map<String, int[]> byPool = needMemo.computeIfAbsent(own == null ? NOBODY : own, k -> new HashMap<>());
        String memoKey = chips ? key : "\u0000" + key;
        int[] memo = byPool.get(memoKey);
        if (memo != null) {
            return memo;
        }
        int[] need = new int[weeks.size()];
        for (LtaLedger lta : ltas) {
            int perUnit = lta == own ? 0 : perUnit(lta, chips, key);
            if (perUnit == 0) {
                continue;
            }
            int[] p = lta.protectedUnits(today);
            for (int k = 0; k < p.length; k++) {
                int i = buildWeekFor(lta.weeks.get(k));
                if (i >= 0) {
                    need[i] += p[k] * perUnit;
                }
            }
        }
        byPool.put(memoKey, need);
        return need;
    }

    /** What one unit of the LTA's product takes of a pool family: chips of a component, or 1 on its first line. */
    private int perUnit(LtaLedger lta, boolean chips, String key) {
        Recipe r = recipes.get(lta.sku);
        if (r == null || !r.buildable()) {
            return 0;
        }
        return chips ? r.chipsPerUnit().getOrDefault(key, 0)
                : !r.lines().isEmpty() && r.lines().get(0).equals(key) ? 1 : 0;
    }

    /**
     * A cut left this pool used beyond its supply: the volume it kept protected for LTA call-offs not yet made, with
     * nothing left to build it from, yields for good to the dates already promised from it (for a component,
     * protection built in its short week and before; for a line, in its short week). The ledgers keep the yield, so
     * the next promise does not count it again; the LTA is reported at risk for it.
     */
    public void yieldProtection(Shortage x) {
        if (x.kind() == PoolKind.STOCK) {
            return;
        }
        boolean chips = x.kind() == PoolKind.CHIPS;
        for (LtaLedger lta : ltas) {
            if (perUnit(lta, chips, x.key()) == 0) {
                continue;
            }
            for (int k = 0; k < lta.weeks.size(); k++) {
                int i = buildWeekFor(lta.weeks.get(k));
                if (i >= 0 && (chips ? i <= x.week() : i == x.week())) {
                    yieldedHere.merge(lta, lta.yieldWeek(k, today), Integer::sum);
                }
            }
        }
        needMemo.clear();
    }

    /** The protection this state's re-commit made the LTA yield. */
    public int yieldedHere(LtaLedger lta) {
        return yieldedHere.getOrDefault(lta, 0);
    }

    /** A pool whose use exceeds its supply: a component short by a week (cumulatively), a line's week, a stock. */
    public record Shortage(PoolKind kind, String key, String warehouse, int week, int units) {

        public String family() {
            return kind.name() + ":" + key + ":" + warehouse + ":" + week;
        }
    }

    /** The first pool (components, then lines, then stock) that is used beyond its supply, except those skipped. */
    public Optional<Shortage> firstShortage(Set<String> skip) {
        for (String c : new TreeSet<>(chipSupply.keySet())) {
            int[] supply = chipSupply.get(c);
            int[] used = chipUsed.get(c);
            long slack = 0;
            for (int k = 0; k < supply.length; k++) {
                slack += supply[k] - used[k];
                if (slack < 0) {
                    Shortage s = new Shortage(PoolKind.CHIPS, c, null, k, (int) -slack);
                    if (!skip.contains(s.family())) {
                        return Optional.of(s);
                    }
                    break;
                }
            }
        }
        for (String l : new TreeSet<>(lineUnits.keySet())) {
            int[] units = lineUnits.get(l);
            int[] used = lineUsed.get(l);
            for (int k = 0; k < units.length; k++) {
                Shortage s = new Shortage(PoolKind.CAPACITY, l, null, k, used[k] - units[k]);
                if (used[k] > units[k] && !skip.contains(s.family())) {
                    return Optional.of(s);
                }
            }
        }
        for (String sku : new TreeSet<>(stock.keySet())) {
            for (Map.Entry<String, int[]> w : stock.get(sku).entrySet()) {
                Shortage s = new Shortage(PoolKind.STOCK, sku, w.getKey(), -1, w.getValue()[1] - w.getValue()[0]);
                if (w.getValue()[1] > w.getValue()[0] && !skip.contains(s.family())) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an allocation draws on the short pool (for a component: a build in the short week or before that is not
     * made yet; a build already made has used its chips, so its modules cannot give them back).
     */
    public boolean drawsOn(Allocation a, String sku, Shortage s) {
        return switch (s.kind()) {
            case STOCK -> a.source() == Allocation.Source.STOCK && sku.equals(s.key())
                    && s.warehouse().equals(a.warehouse());
            case CAPACITY -> a.source() == Allocation.Source.BUILD && s.key().equals(a.line())
                    && weeks.indexOf(a.week()) == s.week();
            case CHIPS -> a.source() == Allocation.Source.BUILD && a.chipsPerUnit().containsKey(s.key())
                    && weeks.indexOf(a.week()) <= s.week() && canBuildIn(weeks.indexOf(a.week()));
        };
    }

    // ---- what-if: supply set to other values (a simulated plan change) -----------------------------

    public void setChipSupply(String component, LocalDate week, int quantity) {
        int i = weeks.indexOf(week);
        if (i >= 0) {
            chipSupply.computeIfAbsent(component, k -> new int[weeks.size()])[i] = quantity;
            chipUsed.computeIfAbsent(component, k -> new int[weeks.size()]);
        }
    }

    public void setCapacity(String line, LocalDate week, int units) {
        int i = weeks.indexOf(week);
        if (i >= 0) {
            lineUnits.computeIfAbsent(line, k -> new int[weeks.size()])[i] = units;
            lineUsed.computeIfAbsent(line, k -> new int[weeks.size()]);
        }
    }

    public void setOnHand(String sku, String warehouse, int onHand) {
        stock.computeIfAbsent(sku, k -> new LinkedHashMap<>()).computeIfAbsent(warehouse, k -> new int[2])[0] = onHand;
    }
}
