package com.halowill.partnerhub.commitments.internal.recommit;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.LtaRisk;
import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import com.halowill.partnerhub.inventory.PoolKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The re-commit rule. Where pools are used beyond their supply, allocations give their units back, the
 * lowest priority first (non-LTA before LTA, then later requested dates before earlier ones, proposals before
 * confirmations, latest received first), until every pool is covered; then the released units are promised again by
 * the engine, highest priority first, and only then every backorder, so that a cut never takes a dated line's
 * supply to date a line that had none. Nothing else moves.
 */
public final class ReCommitPlanner {

    /**
     * The run's outcome: commitments re-planned, units that had no supply (and of them, those given other supply by
     * the same dates), shortages nothing could fix, and for each commitment that gave units back the supply that fell
     * short under it ({@link #cause}).
     */
    public record Result(List<Replan> replans, int uncoveredUnits, int resourcedUnits, List<String> unresolved,
            Map<Booked, String> causes) {

        public List<Move> moves() {
            return replans.stream().filter(Replan::changed)
                    .map(r -> r.move(causes.get(r.commitment()))).toList();
        }
    }

    private record Candidate(Booked commitment, Booked.Held held) {
    }

    private ReCommitPlanner() {
    }

    public static Result plan(SupplyState s, List<Booked> open, String why) {
        Comparator<Candidate> keepFirst = Comparator
                .<Candidate, Integer>comparing(c -> c.held().allocation().ltaCode() != null ? 0 : 1)
                .thenComparing(c -> c.commitment().requested)
                .thenComparing(Candidate::commitment, Replan.KEEP_FIRST);
        List<Candidate> candidates = new ArrayList<>();
        open.forEach(b -> b.allocations.stream().filter(h -> h.open() > 0)
                .forEach(h -> candidates.add(new Candidate(b, h))));
        candidates.sort(keepFirst.reversed());
        Map<Booked, List<Booked.Held>> released = new LinkedHashMap<>();
        Map<Booked, String> causes = new HashMap<>();
        Set<Booked.Held> gone = new HashSet<>();
        Set<String> skip = new HashSet<>();
        List<String> unresolved = new ArrayList<>();
        int uncovered = 0;
        int resourcedUnits = 0;
        Resourced resourced = new Resourced();
        // First every short pool takes what other supply covers by the same dates, before anything gives units back:
        // units given back are promised again by priority, so a re-sourced line never takes what a cut line lost.
        Set<String> tried = new HashSet<>();
        for (Optional<SupplyState.Shortage> short_ = s.firstShortage(tried); short_.isPresent();
                short_ = s.firstShortage(tried)) {
            s.yieldProtection(short_.get());
            int moved = resource(s, short_.get(), candidates, gone, resourced);
            uncovered += moved;
            resourcedUnits += moved;
            if (moved == 0) {
                tried.add(short_.get().family());
            }
        }
        for (Optional<SupplyState.Shortage> short_ = s.firstShortage(skip); short_.isPresent();
                short_ = s.firstShortage(skip)) {
            SupplyState.Shortage shortage = short_.get();
            s.yieldProtection(shortage);
            long freed = 0;
            for (Candidate c : candidates) {
                if (freed >= shortage.units()) {
                    break;
                }
                if (gone.contains(c.held()) || !s.drawsOn(c.held().allocation(), c.commitment().sku, shortage)) {
                    continue;
                }
                gone.add(c.held());
                Allocation a = c.held().allocation();
                s.release(c.commitment().distributor, c.commitment().sku, a.withUnits(c.held().open()));
                released.computeIfAbsent(c.commitment(), k -> new ArrayList<>()).add(c.held());
                causes.putIfAbsent(c.commitment(), cause(s, shortage));
                uncovered += c.held().open();
                freed += inPool(a, c.held().open(), shortage);
            }
            if (freed == 0) {
                skip.add(shortage.family());
                unresolved.add(describe(s, shortage));
            }
        }
        Map<Booked, List<Booked.Held>> mine = new LinkedHashMap<>();
        released.forEach((b, held) -> mine.put(b, new ArrayList<>(held)));
        resourced.from.keySet().stream().filter(b -> !mine.containsKey(b) && b.backordered() > 0)
                .forEach(b -> mine.put(b, new ArrayList<>()));
        mine.forEach((b, held) -> {
            if (resourced.from.containsKey(b)) {
                resourced.to.get(b).forEach(a -> s.release(b.distributor, b.sku, a));
                held.addAll(resourced.from.get(b));
            }
        });
        Comparator<Booked> first = Comparator.<Booked, Integer>comparing(b -> mine.getOrDefault(b, List.of()).stream()
                .anyMatch(h -> h.allocation().ltaCode() != null) ? 0 : 1).thenComparing(b -> b.requested)
                .thenComparing(Replan.KEEP_FIRST);
        Map<Booked, List<Allocation>> parts = new LinkedHashMap<>();
        // Dates already given are kept before anything is dated anew: the units a commitment gave back first...
        mine.keySet().stream().sorted(first).forEach(b -> parts.put(b, new ArrayList<>(
                promise(s, b, mine.get(b).stream().mapToInt(Booked.Held::open).sum()))));
        // ...then every backorder.
        open.stream().filter(b -> b.backordered() > 0).sorted(first).forEach(b -> parts
                .computeIfAbsent(b, k -> new ArrayList<>()).addAll(promise(s, b, b.backordered())));
        List<Replan> replans = new ArrayList<>();
        parts.forEach((b, added) -> replans.add(Replan.of(b, mine.getOrDefault(b, List.of()), added, why)));
        resourced.from.forEach((b, from) -> {
            if (!parts.containsKey(b)) {
                replans.add(Replan.of(b, from, resourced.to.get(b), why));
            }
        });
        return new Result(replans, uncovered, resourcedUnits, unresolved, causes);
    }

    private static List<Allocation> promise(SupplyState s, Booked b, int units) {
        return PromiseEngine.plan(s, b.request().withQuantity(units)).allocations();
    }

    /** Allocations given other supply that ships them no later, per commitment: what they were and what they became. */
    private static final class Resourced {
        final Map<Booked, List<Booked.Held>> from = new LinkedHashMap<>();
        final Map<Booked, List<Allocation>> to = new LinkedHashMap<>();
    }

    /**
     * Before any date moves, allocations drawing on the short pool take other supply that ships them no later (finished
     * goods, another week's build), lowest priority first, until the pool is covered; nobody sees a change. Answers the
     * units so moved.
     */
    private static int resource(SupplyState s, SupplyState.Shortage shortage, List<Candidate> candidates,
            Set<Booked.Held> gone, Resourced resourced) {
        long freed = 0;
        int units = 0;
        // What a request found when it failed: a request alike asking for more finds no more while nothing changes.
        Map<PromiseRequest, Integer> found = new HashMap<>();
        for (Candidate c : candidates) {
            if (freed >= shortage.units()) {
                break;
            }
            Booked b = c.commitment();
            Allocation a = c.held().allocation().withUnits(c.held().open());
            if (gone.contains(c.held()) || !s.drawsOn(a, b.sku, shortage)) {
                continue;
            }
            PromiseRequest alike = new PromiseRequest(b.distributor, b.sku, 0, b.requested, b.preferredWarehouse,
                    a.shipDate(), null);
            if (a.units() > found.getOrDefault(alike, Integer.MAX_VALUE)) {
                continue;
            }
            s.release(b.distributor, b.sku, a);
            s.close(shortage);
            PromisePlan p = PromiseEngine.plan(s, alike.withQuantity(a.units()));
            s.close(null);
            if (p.backordered() > 0) {
                p.allocations().forEach(x -> s.release(b.distributor, b.sku, x));
                s.take(b.distributor, b.sku, a);
                found.put(alike, a.units() - p.backordered());
                continue;
            }
            found.clear();
            gone.add(c.held());
            resourced.from.computeIfAbsent(b, k -> new ArrayList<>()).add(c.held());
            resourced.to.computeIfAbsent(b, k -> new ArrayList<>()).addAll(p.allocations());
            units += a.units();
            freed += inPool(a, a.units(), shortage);
        }
        return units;
    }

    /** What {@code units} of an allocation hold of the short pool: chips for a component, units otherwise. */
    private static long inPool(Allocation a, int units, SupplyState.Shortage shortage) {
        return (long) units * (shortage.kind() == PoolKind.CHIPS ? a.chipsPerUnit().get(shortage.key()) : 1);
    }

    /**
     * LTAs whose drawn units move late or lose their date, or whose protected volume can no longer be built (the
     * protection the cut made them yield, and what is still protected but finds no supply).
     */
    public static List<LtaRisk> ltasAtRisk(SupplyState s, List<Move> moves) {
        Map<String, Integer> late = new HashMap<>();
        for (Move m : moves) {
            if (m.ltaCode() != null && ((m.daysMoved() != null && m.daysMoved() > 0)
                    || m.backorderedAfter() > m.backorderedBefore())) {
                late.merge(m.ltaCode(), m.quantity(), Integer::sum);
            }
        }
        List<LtaRisk> out = new ArrayList<>();
        for (LtaLedger l : s.ltas()) {
            int protectedUnits = Arrays.stream(l.protectedUnits(s.today)).sum();
            int shortBy = s.yieldedHere(l);
            if (protectedUnits > 0) {
                PromisePlan p = PromiseEngine.plan(s, new PromiseRequest(l.distributor, l.sku, protectedUnits,
                        l.periodEnd.isBefore(s.today) ? s.today : l.periodEnd, null, l.periodEnd, null));
                shortBy += p.backordered();
                p.allocations().forEach(a -> s.release(l.distributor, l.sku, a));
            }
            int movedLate = late.getOrDefault(l.code, 0);
            if (movedLate > 0 || shortBy > 0) {
                out.add(new LtaRisk(l.code, new DistributorCode(l.distributor), new Sku(l.sku), movedLate, shortBy));
            }
        }
        return out;
    }

    /**
     * The supply that fell short under a line that gave units back, and its week (never how much: other partners'
     * volumes are not a partner's business).
     */
    public static String cause(SupplyState s, SupplyState.Shortage x) {
        LocalDate week = x.week() >= 0 ? s.weeks.get(x.week()) : null;
        return switch (x.kind()) {
            case CHIPS -> "component " + x.key() + " for builds up to the week of " + week;
            case CAPACITY -> "assembly line " + x.key() + " in the week of " + week;
            case STOCK -> "finished stock of " + x.key() + " at " + x.warehouse();
        };
    }

    private static String describe(SupplyState s, SupplyState.Shortage x) {
        LocalDate week = x.week() >= 0 ? s.weeks.get(x.week()) : null;
        return switch (x.kind()) {
            case CHIPS -> x.key() + " is short by " + x.units() + " chips through the week of " + week
                    + " and only shipped units draw on it";
            case CAPACITY -> x.key() + " is over capacity by " + x.units() + " in the week of " + week;
            case STOCK -> x.key() + " at " + x.warehouse() + " is short by " + x.units() + " units";
        };
    }
}
