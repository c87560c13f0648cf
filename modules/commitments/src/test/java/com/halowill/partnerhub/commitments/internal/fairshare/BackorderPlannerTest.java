package com.halowill.partnerhub.commitments.internal.fairshare;
import static com.halowill.partnerhub.commitments.internal.World.friday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DistributorImpact;
import com.halowill.partnerhub.commitments.ShareRule;
import com.halowill.partnerhub.commitments.internal.Booking;
import com.halowill.partnerhub.commitments.internal.World;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackorderPlannerTest {

    private static final Map<String, Integer> WEIGHTS = Map.of("NWOS", 3, "CASC", 2, "PRDC", 1);
    private final Booking booking = new Booking();

    /** 1,000 units can be built, all in week 2; NWOS asked first for all of them, then CASC, then PRDC. */
    private List<Booked> shortWeek(SupplyState s, CommitmentState nwosState) {
        List<Booked> all = new ArrayList<>();
        for (String d : List.of("NWOS", "CASC", "PRDC")) {
            for (int i = 0; i < 10; i++) {
                all.add(book(s, d, 100, d.equals("NWOS") ? nwosState : CommitmentState.PROPOSED));
            }
        }
        return all;
    }

    private Booked book(SupplyState s, String distributor, int quantity, CommitmentState state) {
        return booking.book(s, distributor, "DR4", quantity, friday(2), state);
    }

    private static SupplyState world() {
        return new World().product("DR4", "L1", Map.of("EML", 4)).capacityEveryWeek("L1", 100_000)
                .chips("EML", 2, 4000).state();
    }

    private static DistributorImpact of(List<DistributorImpact> impact, String d) {
        return impact.stream().filter(i -> i.distributor().value().equals(d)).findFirst().orElseThrow();
    }

    @Test
    void shortage_is_shared_by_tier_weight() {
        SupplyState s = world();
        List<Booked> scope = shortWeek(s, CommitmentState.PROPOSED);
        List<DistributorImpact> impact = BackorderPlanner.plan(s, scope,
                new BackorderRun(new Sku("DR4"), null, ShareRule.FAIR_SHARE, false), WEIGHTS, "run").impact();
        int nwos = of(impact, "NWOS").onTimeAfter();
        int casc = of(impact, "CASC").onTimeAfter();
        int prdc = of(impact, "PRDC").onTimeAfter();
        assertEquals(1000, of(impact, "NWOS").onTimeBefore(), "first come, NWOS had everything");
        assertEquals(1000, nwos + casc + prdc, "all the week's supply is still promised");
        assertTrue(nwos > casc && casc > prdc && prdc > 0, nwos + " / " + casc + " / " + prdc);
        assertEquals(500, nwos, "weights 3:2:1 of 1,000 units in lines of 100");
    }

    @Test
    void first_come_first_served_keeps_arrival_order() {
        SupplyState s = world();
        List<Booked> scope = shortWeek(s, CommitmentState.PROPOSED);
        List<DistributorImpact> impact = BackorderPlanner.plan(s, scope,
                new BackorderRun(new Sku("DR4"), null, ShareRule.FIRST_COME, false), WEIGHTS, "run").impact();
        assertEquals(1000, of(impact, "NWOS").onTimeAfter());
        assertEquals(1000, of(impact, "CASC").backorderedAfter());
    }

    @Test
    void confirmed_commitments_are_never_taken_by_a_run_unless_ops_include_them() {
        SupplyState s = world();
        List<Booked> scope = shortWeek(s, CommitmentState.CONFIRMED);
        BackorderPlanner.Result kept = BackorderPlanner.plan(s, scope,
                new BackorderRun(null, null, ShareRule.FAIR_SHARE, false), WEIGHTS, "run");
        assertEquals(1000, of(kept.impact(), "NWOS").onTimeAfter());
        assertTrue(kept.replans().stream().noneMatch(Replan::changed), "nothing moves");

        SupplyState again = world();
        List<Booked> scope2 = shortWeek(again, CommitmentState.CONFIRMED);
        BackorderPlanner.Result taken = BackorderPlanner.plan(again, scope2,
                new BackorderRun(null, null, ShareRule.FAIR_SHARE, true), WEIGHTS, "run");
        assertEquals(500, of(taken.impact(), "NWOS").onTimeAfter(), "included, NWOS shares like everyone");
    }
}
