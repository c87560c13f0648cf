package com.halowill.partnerhub.commitments.internal.buildahead;

import static com.halowill.partnerhub.commitments.internal.World.friday;
import static com.halowill.partnerhub.commitments.internal.World.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.internal.Booking;
import com.halowill.partnerhub.commitments.internal.World;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import com.halowill.partnerhub.commitments.internal.store.ScheduleText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuildAheadPlannerTest {

    private final Booking booking = new Booking();

    private static World world() {
        return new World().product("DR4", "L1", Map.of("EML", 4)).today(friday(1));
    }

    private Booked book(SupplyState s, String distributor, int quantity, LocalDate requested) {
        return booking.book(s, distributor, "DR4", quantity, requested, CommitmentState.CONFIRMED);
    }

    /** Units per build week after the run's re-plans (the commitment's own rows when the run left it alone). */
    private static Map<LocalDate, Integer> builds(Booked b, List<Replan> replans) {
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        List<Allocation> now = replans.stream().filter(r -> r.commitment() == b).findFirst()
                .map(r -> Stream.concat(r.kept().stream().map(Booked.Held::allocation),
                        r.added().stream()).toList())
                .orElse(b.allocations.stream().map(Booked.Held::allocation).toList());
        now.forEach(a -> weeks.merge(a.week(), a.units(), Integer::sum));
        return weeks;
    }

    @Test
    void on_its_last_day_a_build_makes_units_of_the_nearest_later_builds_with_the_capacity_it_has_free() {
        SupplyState s = world().capacityEveryWeek("L1", 1000).capacity("L1", 1, 700).chips("EML", 1, 40_000)
                .state();
        Booked nwos = book(s, "NWOS", 600, friday(3));
        Booked casc = book(s, "CASC", 300, friday(2));
        assertEquals(Map.of(week(3), 600), builds(nwos, List.of()), "each line is built just in time at intake");
        assertEquals(Map.of(week(2), 300), builds(casc, List.of()));

        List<Replan> replans = BuildAheadPlanner.plan(s, List.of(nwos, casc), "why", line -> true);
        assertEquals(Map.of(week(1), 300), builds(casc, replans), "the nearest later build first");
        assertEquals(Map.of(week(1), 400, week(3), 200), builds(nwos, replans),
                "then the next, as far as the 700 units of week 1 go");
        assertTrue(replans.stream().noneMatch(Replan::changed), "no ship date changes, so nobody is told");
        assertEquals("600@" + friday(3), ScheduleText.of(replans.stream().filter(r -> r.commitment() == nwos)
                .findFirst().orElseThrow().after()));
        assertTrue(s.firstShortage(Set.of()).isEmpty(), "no pool is used beyond its supply");

        s.setCapacity("L1", week(3), 200);
        s.setCapacity("L1", week(2), 0);
        assertTrue(s.firstShortage(Set.of()).isEmpty(),
                "cuts of the later builds now find only what is still to be made there: no date has to move");
    }

    @Test
    void a_build_makes_ahead_only_what_the_chips_arrived_by_then_allow() {
        SupplyState s = world().capacityEveryWeek("L1", 1000).chips("EML", 1, 800).chips("EML", 3, 40_000).state();
        Booked nwos = book(s, "NWOS", 600, friday(3));

        List<Replan> replans = BuildAheadPlanner.plan(s, List.of(nwos), "why", line -> true);
        assertEquals(Map.of(week(1), 200, week(3), 400), builds(nwos, replans),
                "week 1's 800 chips make 200 units; the rest waits for week 3's chips");
        assertTrue(s.firstShortage(Set.of()).isEmpty());
    }

    @Test
    void a_build_ahead_leaves_the_chips_lta_protection_keeps() {
        SupplyState s = world().capacityEveryWeek("L1", 1000).chips("EML", 1, 2000).chips("EML", 5, 40_000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(4), week(4).plusDays(6), 300).state();
        Booked nwos = book(s, "NWOS", 400, friday(5));

        List<Replan> replans = BuildAheadPlanner.plan(s, List.of(nwos), "why", line -> true);
        assertEquals(Map.of(week(1), 200, week(5), 200), builds(nwos, replans),
                "800 of week 1's 2000 chips: 1200 are protected for MAPL's week 4");
        PromisePlan callOff = PromiseEngine.plan(s, new PromiseRequest("MAPL", "DR4", 300, friday(4), "HUB", null,
                null));
        assertEquals(0, callOff.backordered(), "the 1200 chips protected for MAPL's week 4 are still there for it");
    }

    @Test
    void nothing_moves_on_a_day_no_build_is_ready() {
        SupplyState s = world().today(friday(1).minusDays(1)).capacityEveryWeek("L1", 1000).chips("EML", 1, 40_000)
                .state();
        Booked nwos = book(s, "NWOS", 600, friday(3));

        assertTrue(BuildAheadPlanner.plan(s, List.of(nwos), "why", line -> true).isEmpty(),
                "a build that can still take orders tomorrow keeps its capacity for them");
    }
}
