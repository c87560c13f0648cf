package com.halowill.partnerhub.commitments.internal.buildahead;

import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The build-ahead rule. On the last day of a week's build (its Friday), the line capacity it still has free takes units
 * that later builds of the same line were to make, the nearest build first and, in it, the earliest ship date first, as
 * far as the chips up to that week allow (with every LTA's protection kept). Each unit keeps its ship date and its LTA
 * draw; it waits as finished goods instead of being made later.
 */
public final class BuildAheadPlanner {

    private record Candidate(Booked commitment, Booked.Held held, int week) {
    }

    private BuildAheadPlanner() {
    }

    /** The rule for the builds of the lines {@code inScope} accepts. */
    public static List<Replan> plan(SupplyState s, List<Booked> open, String why, Predicate<String> inScope) {
        int k = Weeks.isReadyDay(s.today) ? s.weeks.indexOf(Weeks.monday(s.today)) : -1;
        if (k < 0) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Booked b : open) {
            for (Booked.Held h : b.allocations) {
                Allocation a = h.allocation();
                int j = a.source() == Allocation.Source.BUILD && h.open() > 0 ? s.weeks.indexOf(a.week()) : -1;
                if (j > k && a.line() != null && inScope.test(a.line())) {
                    candidates.add(new Candidate(b, h, j));
                }
            }
        }
        candidates.sort(Comparator.<Candidate>comparingInt(Candidate::week)
                .thenComparing(c -> c.held().allocation().shipDate()).thenComparing(c -> c.commitment().id));
        Map<Booked, List<Booked.Held>> released = new LinkedHashMap<>();
        Map<Booked, List<Allocation>> parts = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Allocation a = c.held().allocation().withUnits(c.held().open());
            int ahead = Math.min(a.units(), s.capacityLeft(a.line(), k, null, null));
            if (ahead <= 0) {
                continue;
            }
            s.useBuild(a, c.week(), -a.units());
            for (Map.Entry<String, Integer> chip : a.chipsPerUnit().entrySet()) {
                ahead = Math.min(ahead, s.chipsLeft(chip.getKey(), k, null) / chip.getValue());
            }
            ahead = Math.max(0, ahead);
            s.useBuild(a, k, ahead);
            s.useBuild(a, c.week(), a.units() - ahead);
            if (ahead == 0) {
                continue;
            }
            released.computeIfAbsent(c.commitment(), x -> new ArrayList<>()).add(c.held());
            List<Allocation> now = parts.computeIfAbsent(c.commitment(), x -> new ArrayList<>());
            now.add(new Allocation(a.source(), a.warehouse(), s.weeks.get(k), a.line(), a.chipsPerUnit(), ahead,
                    a.ltaCode(), a.shipDate(), a.deliveryDate()));
            if (ahead < a.units()) {
                now.add(a.withUnits(a.units() - ahead));
            }
        }
        List<Replan> replans = new ArrayList<>();
        released.forEach((b, held) -> replans.add(Replan.of(b, held, parts.get(b), why)));
        return replans;
    }
}
