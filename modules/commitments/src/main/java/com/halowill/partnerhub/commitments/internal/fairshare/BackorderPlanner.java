package com.halowill.partnerhub.commitments.internal.fairshare;
import com.halowill.partnerhub.catalog.DistributorCode;

import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DistributorImpact;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.ShareRule;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import java.util.ArrayList;
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
                .filter(b -> !released.getOrDefault(b, List.of()).isEmpty() || b.backordered() > 0)
                .sorted(Replan.KEEP_FIRST).toList();
        List<Replan> replans = run.rule() == ShareRule.FIRST_COME
                ? waiting.stream().map(b -> Replan.of(s, b, released.getOrDefault(b, List.of()), why))
                        .toList()
                : FairShare.plan(waiting, weights, s, released, why);
        return new Result(replans, impact(scope, replans, weights));
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
        totals.forEach((d, t) -> out.add(new DistributorImpact(new DistributorCode(d), weights.getOrDefault(d, 1),
                t[0], t[1], t[2], t[3], t[4], t[5])));
        return out;
    }

    private static int dated(List<ScheduleLine> schedule) {
        return schedule.stream().filter(x -> x.shipDate() != null).mapToInt(ScheduleLine::quantity).sum();
    }
}
