package com.halowill.partnerhub.commitments.internal.promising;

import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import com.halowill.partnerhub.inventory.Recipe;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The LTA guarantee at intake. A holder's call-off within what its LTA protects (its week's quota left, for a week
 * beyond the fence) that the engine cannot ship by the requested date takes units of the same product that lines
 * without an LTA hold, ready by then: the latest requested line first, proposals before confirmations, latest received
 * first; when those are not enough, lines of other products give back the chips or line capacity of builds that share
 * the product's line or chips and draw only on pools the transaction holds. Those lines are promised again at once, and
 * told when their schedule moves. Protection a cut made yield, or that a cut left without supply, is so kept for the
 * volume the holder does call off, and only for that volume.
 */
public final class CallOffReclaim {

    /** What a line that gave its units to an LTA call-off is told. */
    public static final String NOTE = "supply this line held went to volume a long-term agreement protects, which its "
            + "holder called off";
    /** Why a line that gave units to an LTA call-off was promised again. */
    public static final String WHY = "Promised again after its units went to an LTA call-off";
    /** How many lines without an LTA a call-off may look through for units to take back. */
    private static final int LINES = 2000;

    private record Candidate(Booked commitment, Booked.Held held) {
    }

    private final SupplyState s;
    private final Function<String, List<Booked>> openOf;
    private final Function<String, List<Booked>> sharingOf;
    private final Function<Collection<String>, Map<String, Recipe>> recipesOf;
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    private final Map<String, List<Candidate>> sharing = new HashMap<>();
    private final Map<Booked.Held, Integer> taken = new HashMap<>();
    private final Map<Booked, List<Allocation>> again = new LinkedHashMap<>();
    /** The holder's own lines that gave units to its call-offs, with the LTA and week they went to. */
    private final Map<Booked, String> ownLines = new HashMap<>();

    /** Over a state; {@code openOf} reads the open commitments of a product (once per product). */
    public CallOffReclaim(SupplyState s, Function<String, List<Booked>> openOf) {
        this(s, openOf, sku -> List.of(), skus -> Map.of());
    }

    /**
     * Over a state; {@code openOf} reads the open commitments of a product, {@code sharingOf} those of other products
     * still to be built on the lines the state was read with (each once per product), and {@code recipesOf} the
     * recipes of those other products, so that their lines can be promised again.
     */
    public CallOffReclaim(SupplyState s, Function<String, List<Booked>> openOf,
            Function<String, List<Booked>> sharingOf, Function<Collection<String>, Map<String, Recipe>> recipesOf) {
        this.s = s;
        this.openOf = openOf;
        this.sharingOf = sharingOf;
        this.recipesOf = recipesOf;
    }

    /**
     * Over a locked state, asking the latest requested open lines the store holds (at most {@link #LINES} per product,
     * and as many of other products built on the lines the state holds), except the line being changed
     * ({@code except}, or null), whose own units the state already holds released.
     */
    public static CallOffReclaim over(SupplyState s, CommitmentRows rows, UUID except,
            Function<Collection<String>, Map<String, Recipe>> recipesOf) {
        return new CallOffReclaim(s,
                sku -> rows.latestWithoutLta(sku, LINES).stream().filter(b -> !b.id.equals(except)).toList(),
                sku -> rows.latestWithoutLtaBuiltOn(s.linesRead(), sku, LINES).stream()
                        .filter(b -> !b.id.equals(except)).toList(),
                recipesOf);
    }

    /** The engine's plan for the request, with what its LTA protects taken back from lines without one if need be. */
    public PromisePlan plan(PromiseRequest r) {
        LocalDate ship = r.requested().isBefore(s.today) ? s.today : r.requested();
        Optional<LtaLedger> lta = s.lta(r.distributor(), r.sku(), ship).filter(l -> l.beyondFence(ship, s.today));
        int entitled = lta.map(l -> Math.min(r.quantity(), Math.min(l.drawable(ship), l.remaining()))).orElse(0);
        PromisePlan plan = PromiseEngine.plan(s, r);
        if (entitled == 0 || r.latestShip() != null || r.onlySource() != null) {
            return plan;
        }
        int onTime = plan.allocations().stream().filter(a -> a.ltaCode() != null).mapToInt(Allocation::units).sum();
        List<Allocation> late = plan.allocations().stream().filter(a -> a.ltaCode() == null && a.shipDate().isAfter(ship))
                .sorted(Comparator.comparing(Allocation::shipDate).reversed()).toList();
        int replaceable = plan.backordered() + late.stream().mapToInt(Allocation::units).sum();
        int want = Math.min(entitled - onTime, replaceable);
        if (want <= 0) {
            return plan;
        }
        List<Allocation> moved = new ArrayList<>();
        Map<Booked, Integer> donors = new LinkedHashMap<>();
        // Units already made or in stock, ready by the date, change hands as they are...
        for (Candidate c : candidates(r.sku())) {
            Allocation a = c.held().allocation();
            int open = left(c);
            if (want == 0 || open <= 0 || !readyBy(a, ship)) {
                continue;
            }
            int units = Math.min(open, want);
            give(c, units, donors);
            s.useCap(c.commitment().distributor, r.sku(), a.shipDate(), -units);
            long transit = ChronoUnit.DAYS.between(a.shipDate(), a.deliveryDate());
            moved.add(new Allocation(a.source(), a.warehouse(), a.week(), a.line(), a.chipsPerUnit(), units,
                    lta.get().code, ship, ship.plusDays(transit)));
            s.draw(lta.get(), ship, units);
            want -= units;
        }
        // ...then lines whose units are still to be built give them back, so the call-off is built in their place;
        // last, lines of other products built with the same chips or on the same line, where this state holds them.
        want = rebuild(candidates(r.sku()), r, ship, want, moved, donors);
        if (want > 0) {
            want = rebuild(sharing(r.sku()), r, ship, want, moved, donors);
        }
        int units = moved.stream().mapToInt(Allocation::units).sum();
        if (units == 0) {
            return plan;
        }
        List<Allocation> kept = new ArrayList<>(plan.allocations());
        int trim = units - Math.min(plan.backordered(), units);
        for (Allocation a : late) {
            if (trim == 0) {
                break;
            }
            int cut = Math.min(trim, a.units());
            kept.remove(a);
            s.release(r.distributor(), r.sku(), a.withUnits(cut));
            if (cut < a.units()) {
                kept.add(a.withUnits(a.units() - cut));
            }
            trim -= cut;
        }
        donors.forEach((b, n) -> again.computeIfAbsent(b, k -> new ArrayList<>())
                .addAll(PromiseEngine.plan(s, b.request().withQuantity(n)).allocations()));
        donors.keySet().stream().filter(b -> b.distributor.equals(r.distributor())).forEach(b -> ownLines.put(b,
                "that holder is you (" + lta.get().code + ", the week of " + Weeks.monday(ship) + ")"));
        kept.addAll(moved);
        List<Allocation> all = Allocation.merge(kept);
        return PromiseEngine.explained(r, all, r.quantity() - all.stream().mapToInt(Allocation::units).sum(),
                List.of(units + " of them taken from lines without an LTA: " + lta.get().code + " protects this volume"
                        + " for the week of " + Weeks.monday(ship)));
    }

    /**
     * Lines whose units are still to be built give them back, one allocation at a time, as long as that lets the
     * engine build the call-off by its date; returns what the call-off still wants.
     */
    private int rebuild(List<Candidate> from, PromiseRequest r, LocalDate ship, int want, List<Allocation> moved,
            Map<Booked, Integer> donors) {
        for (Candidate c : from) {
            Allocation a = c.held().allocation();
            int open = left(c);
            int week = a.source() == Allocation.Source.BUILD ? s.weeks.indexOf(a.week()) : -1;
            if (want == 0 || open <= 0 || week < 0 || !s.canBuildIn(week)) {
                continue;
            }
            Allocation part = a.withUnits(open);
            s.release(c.commitment().distributor, c.commitment().sku, part);
            PromisePlan p = PromiseEngine.plan(s, new PromiseRequest(r.distributor(), r.sku(), want, r.requested(),
                    r.preferredWarehouse(), ship, null));
            if (p.promised() == 0) {
                s.take(c.commitment().distributor, c.commitment().sku, part);
                continue;
            }
            give(c, open, donors);
            moved.addAll(p.allocations());
            want -= p.promised();
        }
        return want;
    }

    /** The units a candidate still holds: not shipped, not given to a call-off yet. */
    private int left(Candidate c) {
        return c.held().open() - taken.getOrDefault(c.held(), 0);
    }

    private void give(Candidate c, int units, Map<Booked, Integer> donors) {
        taken.merge(c.held(), units, Integer::sum);
        donors.merge(c.commitment(), units, Integer::sum);
    }

    /** Units lines without an LTA gave to call-offs. */
    public int taken() {
        return taken.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether any line gave units to a call-off. */
    public boolean touched() {
        return !taken.isEmpty();
    }

    /**
     * The change that writes the lines that gave units, promised again and told, by the engine (a holder's own line is
     * told that the call-off was its own). It is applied before the call-offs' own change: its pool moves free what
     * the call-offs then hold.
     */
    public CommitmentChange givenBack() {
        CommitmentChange change = CommitmentChange.ofRun(replans(WHY), null, "engine", ReasonCode.ALLOCATION_DECISION,
                NOTE);
        ownLines.forEach(change::tell);
        return change;
    }

    /** The lines that gave units, each promised again for them (what they keep, what they were given instead). */
    public List<Replan> replans(String why) {
        List<Replan> out = new ArrayList<>();
        again.forEach((b, added) -> {
            List<Booked.Held> released = b.allocations.stream().filter(taken::containsKey).toList();
            List<Allocation> parts = new ArrayList<>();
            released.forEach(h -> {
                int left = h.open() - taken.get(h);
                if (left > 0) {
                    parts.add(h.allocation().withUnits(left));
                }
            });
            parts.addAll(added);
            out.add(Replan.of(b, released, parts, why));
        });
        return out;
    }

    private static boolean readyBy(Allocation a, LocalDate ship) {
        return a.source() == Allocation.Source.STOCK || !Weeks.ready(a.week()).isAfter(ship);
    }

    /**
     * Build allocations of other products' lines that use the product's line or one of its chips and draw only on
     * pools this state holds (at intake: has locked), so giving them back writes nowhere else; their products'
     * recipes are learnt, so the lines can be promised again here.
     */
    private List<Candidate> sharing(String sku) {
        return sharing.computeIfAbsent(sku, k -> {
            Recipe own = s.recipes.get(k);
            List<Booked> lines = own == null ? List.of() : sharingOf.apply(k);
            if (!lines.isEmpty()) {
                s.learn(recipesOf.apply(lines.stream().map(b -> b.sku).distinct().sorted().toList()));
            }
            return ordered(lines, (b, a) -> s.readWith(a) && s.recipes.containsKey(b.sku)
                    && (own.lines().contains(a.line())
                            || a.chipsPerUnit().keySet().stream().anyMatch(own.chipsPerUnit()::containsKey)));
        });
    }

    private List<Candidate> candidates(String sku) {
        return candidates.computeIfAbsent(sku, k -> ordered(openOf.apply(k), (b, a) -> true));
    }

    /**
     * The open allocations without an LTA of the lines that {@code usable} accepts, in the order lines give units: the
     * latest requested first, proposals before confirmations, latest received first.
     */
    private static List<Candidate> ordered(List<Booked> lines, BiPredicate<Booked, Allocation> usable) {
        List<Candidate> list = new ArrayList<>();
        for (Booked b : lines) {
            b.allocations.stream().filter(h -> h.open() > 0 && h.allocation().ltaCode() == null
                    && usable.test(b, h.allocation())).forEach(h -> list.add(new Candidate(b, h)));
        }
        list.sort(Comparator.<Candidate, LocalDate>comparing(c -> c.commitment().requested).reversed()
                .thenComparing(Candidate::commitment, Replan.KEEP_FIRST.reversed()));
        return list;
    }
}
