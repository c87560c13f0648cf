package com.halowill.partnerhub.commitments.internal.engine;

import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation.Source;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.inventory.Recipe;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The promising rule, one demand at a time, against a {@link SupplyState} it takes from.
 *
 * <ul>
 *   <li>Sources are finished goods in each warehouse (ready today) and each week's build (ready on its
 *       Friday, drawing chips from the component pools available by then and one unit of a line's
 *       capacity per unit).
 *   <li>Supply ready on or before the requested date is used latest-first, so early supply stays free for
 *       urgent demand; only then later supply, earliest first. What nothing covers is backordered.
 *   <li>A holder's demand draws its LTA first, for units that ship by the requested date, up to what the quota of
 *       that week has left, and may use the volume protected for it; the rest of its demand, and everyone else's,
 *       sees pools less what LTAs keep protected for their holders, and stays within allocation caps.
 * </ul>
 */
public final class PromiseEngine {

    public static final String RULE = "rule: supply ready by the requested date is used latest-first, "
            + "later supply earliest-first";

    private record Slot(Source source, String warehouse, int week, LocalDate ready) {
    }

    private PromiseEngine() {
    }

    public static PromisePlan plan(SupplyState s, PromiseRequest d) {
        Recipe recipe = s.recipes.get(d.sku());
        List<Allocation> taken = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int need = d.quantity();
        boolean late = false;
        for (Slot slot : slots(s, d, recipe)) {
            if (need == 0) {
                break;
            }
            LocalDate ship = latest(slot.ready(), d.requested(), s.today);
            if (d.latestShip() != null && ship.isAfter(d.latestShip())) {
                continue;
            }
            if (!late && slot.ready().isAfter(d.requested())) {
                late = true;
                notes.add(shortBefore(s, d, recipe));
            }
            Optional<LtaLedger> lta = s.lta(d.distributor(), d.sku(), ship);
            boolean onTime = !ship.isAfter(d.requested().isBefore(s.today) ? s.today : d.requested());
            int ltaLeft = onTime ? lta.map(l -> l.drawable(ship)).orElse(0) : 0;
            if (ltaLeft > 0) {
                int units = Math.min(Math.min(need, ltaLeft), available(s, d, slot, recipe, lta.get()));
                need -= take(s, d, recipe, slot, units, lta.get(), ship, taken);
            }
            int units = Math.min(Math.min(need, s.capLeft(d.distributor(), d.sku(), ship)),
                    available(s, d, slot, recipe, null));
            need -= take(s, d, recipe, slot, units, null, ship, taken);
        }
        if (need > 0 && !late) {
            notes.add(shortBefore(s, d, recipe));
        }
        capNote(s, d).ifPresent(notes::add);
        return explained(d, taken, need, notes);
    }

    /** A plan with its explanation: the summary, each allocation and its ship date, the notes, the rule. */
    public static PromisePlan explained(PromiseRequest d, List<Allocation> taken, int backordered, List<String> notes) {
        List<String> explanation = new ArrayList<>();
        explanation.add(summary(d, taken, backordered));
        taken.forEach(a -> explanation.add(a.describe() + ", ships " + a.shipDate()));
        notes.stream().filter(n -> !n.isEmpty()).forEach(explanation::add);
        explanation.add(RULE);
        return new PromisePlan(taken, backordered, explanation);
    }

    /** Every source that could serve the demand, in the order the rule uses them. */
    private static List<Slot> slots(SupplyState s, PromiseRequest d, Recipe recipe) {
        List<Slot> slots = new ArrayList<>();
        if (d.onlySource() != Source.BUILD) {
            for (String w : s.stockWarehouses(d.sku(), d.preferredWarehouse())) {
                slots.add(new Slot(Source.STOCK, w, -1, s.today));
            }
        }
        if (d.onlySource() != Source.STOCK && recipe != null) {
            for (int i = 0; i < s.weeks.size(); i++) {
                if (s.canBuildIn(i)) {
                    slots.add(new Slot(Source.BUILD, null, i, Weeks.ready(s.weeks.get(i))));
                }
            }
        }
        List<Slot> early = new ArrayList<>(slots.stream().filter(x -> !x.ready().isAfter(d.requested())).toList());
        List<Slot> later = new ArrayList<>(slots.stream().filter(x -> x.ready().isAfter(d.requested())).toList());
        // Stable sorts keep the warehouses' own order (preferred first, then nearest).
        early.sort(Comparator.comparing(Slot::ready).reversed()
                .thenComparing(x -> x.source() == Source.STOCK));
        later.sort(Comparator.comparing(Slot::ready).thenComparing(x -> x.source() == Source.BUILD));
        early.addAll(later);
        return early;
    }

    private static int available(SupplyState s, PromiseRequest d, Slot slot, Recipe recipe, LtaLedger own) {
        return slot.source() == Source.STOCK ? s.stockFree(d.sku(), slot.warehouse())
                : s.buildable(recipe, slot.week(), own, latest(slot.ready(), d.requested(), s.today));
    }

    private static int take(SupplyState s, PromiseRequest d, Recipe recipe, Slot slot, int units, LtaLedger lta,
            LocalDate ship, List<Allocation> taken) {
        if (units <= 0) {
            return 0;
        }
        String code = lta == null ? null : lta.code;
        if (slot.source() == Source.STOCK) {
            s.useStock(d.sku(), slot.warehouse(), units);
            taken.add(new Allocation(Source.STOCK, slot.warehouse(), null, null, Map.of(), units, code, ship,
                    ship.plusDays(s.transitDays(slot.warehouse()))));
        } else {
            int left = units;
            LocalDate week = s.weeks.get(slot.week());
            int transit = s.factory().map(s::transitDays).orElse(0);
            for (String line : recipe.lines()) {
                int part = Math.min(left, s.capacityLeft(line, slot.week(), lta, ship));
                if (part <= 0) {
                    continue;
                }
                s.useCapacity(line, slot.week(), part);
                recipe.chipsPerUnit().forEach((c, q) -> s.useChips(c, slot.week(), part * q));
                taken.add(new Allocation(Source.BUILD, s.factory().orElse(null), week, line, recipe.chipsPerUnit(),
                        part, code, ship, ship.plusDays(transit)));
                left -= part;
            }
        }
        if (lta != null) {
            s.draw(lta, ship, units);
        } else {
            s.useCap(d.distributor(), d.sku(), ship, units);
        }
        return units;
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate m = a.isAfter(b) ? a : b;
        return m.isAfter(c) ? m : c;
    }

    /** The one-line summary of what a demand was promised: how much, in how many shipments, how late, what is left. */
    public static String summary(PromiseRequest d, List<Allocation> taken, int backordered) {
        int promised = d.quantity() - backordered;
        LocalDate last = taken.stream().map(Allocation::shipDate).max(Comparator.naturalOrder()).orElse(null);
        int lta = taken.stream().filter(a -> a.ltaCode() != null).mapToInt(Allocation::units).sum();
        String ltaText = lta == 0 ? "" : " (" + lta + " on " + taken.stream().filter(a -> a.ltaCode() != null)
                .findFirst().orElseThrow().ltaCode() + ")";
        if (promised == 0) {
            return "Backordered: no unpromised supply for " + d.quantity() + " x " + d.sku() + " in the plan";
        }
        String when = last.equals(d.requested()) ? "ships on the requested date"
                : last.isAfter(d.requested()) ? "last units ship " + ChronoUnit.DAYS.between(d.requested(), last)
                        + " days after the requested date"
                        : "ships early";
        String rest = backordered == 0 ? "" : "; " + backordered + " backordered (no supply in the plan)";
        long dates = taken.stream().map(Allocation::shipDate).distinct().count();
        return promised + " of " + d.quantity() + " promised" + ltaText + (dates > 1 ? " in " + dates + " shipments"
                : "") + "; " + when + rest;
    }

    /** Why the requested date could not be met in full: the resource that runs out first, and what LTAs hold. */
    private static String shortBefore(SupplyState s, PromiseRequest d, Recipe recipe) {
        if (recipe == null || !recipe.buildable()) {
            return "short by " + d.requested() + ": " + d.sku() + " is no longer built, so only stock can serve it";
        }
        int i = lastBuildWeekBy(s, d.requested());
        if (i < 0) {
            return "short by " + d.requested() + ": no build of the plan is ready by then";
        }
        Optional<LtaLedger> own = s.lta(d.distributor(), d.sku(), d.requested());
        String limit = "assembly capacity";
        int units = 0;
        for (String line : recipe.lines()) {
            units += s.capacityLeft(line, i, own.orElse(null), d.requested());
        }
        String protectedText = "";
        for (Map.Entry<String, Integer> c : recipe.chipsPerUnit().entrySet()) {
            int chipUnits = s.chipsLeft(c.getKey(), i, own.orElse(null)) / c.getValue();
            if (chipUnits < units) {
                units = chipUnits;
                limit = c.getKey();
                int held = s.protectedChips(c.getKey(), i, own.orElse(null));
                protectedText = held == 0 ? "" : "; " + held + " chips through that week are protected for other"
                        + " distributors' LTAs";
            }
        }
        return "short by " + d.requested() + ": " + limit + " is fully promised for builds ready by then"
                + protectedText;
    }

    private static int lastBuildWeekBy(SupplyState s, LocalDate day) {
        for (int i = s.weeks.size() - 1; i >= 0; i--) {
            if (s.canBuildIn(i) && !Weeks.ready(s.weeks.get(i)).isAfter(day)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> capNote(SupplyState s, PromiseRequest d) {
        return s.caps().stream().filter(c -> c.distributor.equals(d.distributor()) && c.sku.equals(d.sku())
                && c.left() == 0).findFirst()
                .map(c -> "allocation cap of " + c.max + " for " + c.start + " to " + c.end + " reached");
    }
}
