package com.halowill.partnerhub.commitments.internal.fairshare;

import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fair-share policy of a backorder run: distributors take turns by fair-share weight (the one with the fewest
 * on-time units per weight goes next), each turn a tenth of its earliest line and at least ten units, until every
 * line has had all its units planned or supply ran out.
 */
public final class FairShare {

    private FairShare() {
    }

    /** Turns of at most a tenth of a line, so one large line cannot take a whole shortage in a single turn. */
    public static final int TURNS_PER_LINE = 10;
    /**
     * But not less than this many units a turn: a line of ten units is promised in one turn, not ten (10,000 such
     * lines would otherwise take 100,000 turns, each one unit's plan and allocation row).
     */
    public static final int MIN_TURN_UNITS = 10;

    /**
     * Distributors in turn: the one with the fewest on-time units per weight so far promises the next part
     * (a tenth) of its earliest line, until every line in the run has had all its units planned.
     */
    public static List<Replan> plan(List<Booked> waiting, Map<String, Integer> weights, SupplyState s,
            Map<Booked, List<Booked.Held>> released, String why) {
        Map<String, Deque<Booked>> queues = new TreeMap<>();
        waiting.stream().sorted(Comparator.comparing((Booked b) -> b.requested).thenComparing(Replan.KEEP_FIRST))
                .forEach(b -> queues.computeIfAbsent(b.distributor, k -> new ArrayDeque<>()).add(b));
        Map<Booked, Integer> toPlan = new HashMap<>();
        Map<Booked, List<Allocation>> planned = new HashMap<>();
        for (Booked b : waiting) {
            List<Booked.Held> mine = released.getOrDefault(b, List.of());
            int kept = b.allocations.stream().filter(h -> !mine.contains(h)).mapToInt(h -> h.allocation().units()).sum()
                    + mine.stream().mapToInt(Booked.Held::shipped).sum();
            toPlan.put(b, b.accepted - kept);
            planned.put(b, new ArrayList<>());
        }
        Map<String, Long> onTime = new HashMap<>();
        while (queues.values().stream().anyMatch(q -> !q.isEmpty())) {
            String next = queues.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .min(Comparator.comparingDouble((String d) -> onTime.getOrDefault(d, 0L)
                            / (double) weights.getOrDefault(d, 1)).thenComparing(d -> d)).orElseThrow();
            Booked b = queues.get(next).peek();
            int left = toPlan.get(b);
            int turn = Math.min(left, Math.max(MIN_TURN_UNITS, (int) Math.ceil(b.accepted / (double) TURNS_PER_LINE)));
            PromisePlan p = PromiseEngine.plan(s, b.request().withQuantity(turn));
            planned.get(b).addAll(p.allocations());
            onTime.merge(next, (long) p.allocations().stream().filter(a -> !a.shipDate().isAfter(b.requested))
                    .mapToInt(Allocation::units).sum(), Long::sum);
            // Supply only shrinks during a run: a turn that found nothing means the rest of the line will not either.
            int rest = p.promised() == 0 ? 0 : left - turn;
            toPlan.put(b, rest);
            if (rest == 0) {
                queues.get(next).poll();
            }
        }
        List<Replan> replans = new ArrayList<>();
        for (Booked b : waiting) {
            replans.add(Replan.of(b, released.getOrDefault(b, List.of()), planned.get(b), why));
        }
        return replans;
    }

}
