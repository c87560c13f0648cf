package com.halowill.partnerhub.commitments.internal.fairshare;

import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DistributorImpact;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.ShareRule;
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
 * The backorder-processing rule: the non-LTA units of the demand in scope give their supply back (proposals
 * always, confirmations only when the run includes them) and are promised again with every backorder, in the
 * order the rule sets: first come first, or distributors in turn by fair-share weight (the one with the
 * fewest on-time units per weight goes next, a tenth of a line and at least ten units a turn).
 */
public final class BackorderPlanner {

    /** The run's replans and what it does to each distributor. */
    public record Result(List<Replan> replans, List<DistributorImpact> impact) {
    }

    private BackorderPlanner() {
    }

    public static Result plan(SupplyState s, List<Booked> scope, BackorderRun run, Map<String, Integer> weights,
            String why) {
        Map<Booked, List<Booked.Held>> released = new HashMap<>();
        for (Booked b : scope) {
            if (b.state == CommitmentState.PROPOSED || (run.includeConfirmed() && b.state == CommitmentState.CONFIRMED)) {
                List<Booked.Held> mine = b.allocations.stream()
                        .filter(h -> h.open() > 0 && h.allocation().ltaCode() == null).toList();
                mine.forEach(h -> s.release(b.distributor, b.sku, h.allocation().withUnits(h.open())));
                released.put(b, mine);
            }
        }
        List<Booked> waiting = scope.stream()
                .filter(b -> !released.getOrDefault(b, List.of()).isEmpty() || b.accepted - b.allocated() > 0)
                .sorted(Replan.KEEP_FIRST).toList();
        List<Replan> replans = run.rule() == ShareRule.FIRST_COME
                ? waiting.stream().map(b -> Replan.of(s, b, released.getOrDefault(b, List.of()), why))
                        .toList()
                : fairShare(waiting, weights, s, released, why);
        return new Result(replans, impact(scope, replans, weights));
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
    private static List<Replan> fairShare(List<Booked> waiting, Map<String, Integer> weights, SupplyState s,
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

    private static int onTime(List<ScheduleLine> schedule, Booked b) {
        return schedule.stream().filter(x -> x.shipDate() != null && !x.shipDate().isAfter(b.requested))
                .mapToInt(ScheduleLine::quantity).sum();
    }

    private static List<DistributorImpact> impact(List<Booked> scope, List<Replan> replans,
            Map<String, Integer> weights) {
        Map<Booked, Replan> byCommitment = new HashMap<>();
        replans.forEach(r -> byCommitment.put(r.commitment(), r));
        Map<String, int[]> totals = new TreeMap<>();
        for (Booked b : scope) {
            List<ScheduleLine> before = b.schedule();
            List<ScheduleLine> after = byCommitment.containsKey(b) ? byCommitment.get(b).after() : before;
            int[] t = totals.computeIfAbsent(b.distributor, k -> new int[6]);
            t[0] += dated(before);
            t[1] += dated(after);
            t[2] += onTime(before, b);
            t[3] += onTime(after, b);
            t[4] += b.accepted - dated(before);
            t[5] += b.accepted - dated(after);
        }
        List<DistributorImpact> out = new ArrayList<>();
        totals.forEach((d, t) -> out.add(new DistributorImpact(d, weights.getOrDefault(d, 1), t[0], t[1], t[2], t[3],
                t[4], t[5])));
        return out;
    }

    private static int dated(List<ScheduleLine> schedule) {
        return schedule.stream().filter(x -> x.shipDate() != null).mapToInt(ScheduleLine::quantity).sum();
    }
}
