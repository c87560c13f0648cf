package com.halowill.partnerhub.commitments.internal.promising;

import static com.halowill.partnerhub.commitments.internal.World.friday;
import static com.halowill.partnerhub.commitments.internal.World.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.internal.Booking;
import com.halowill.partnerhub.commitments.internal.World;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
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
import org.junit.jupiter.api.Test;

class CallOffReclaimTest {

    private final Booking booking = new Booking();

    /**
     * NWOS holds an LTA for 300 DR4 a week over ten weeks; chips for 1,000 units arrive in week 1 and nothing after. A
     * cut has made every week's protection yield (as a re-commit does when it leaves the protection nothing to build
     * it from), so a line without an LTA could take every chip.
     */
    private static SupplyState yieldedWorld(int stockAtHub) {
        World w = new World().weeks(10).product("DR4", "L1", Map.of("EML", 4)).capacityEveryWeek("L1", 100_000)
                .chips("EML", 1, 4000).lta("LTA-NWOS", "NWOS", "DR4", week(1), friday(10), 3000);
        if (stockAtHub > 0) {
            w.stock("DR4", "HUB", stockAtHub);
        }
        SupplyState s = w.state();
        LtaLedger lta = s.ltas().get(0);
        for (int k = 0; k < lta.weeks.size(); k++) {
            lta.yieldWeek(k, s.today);
        }
        return s;
    }

    /** CASC's confirmed line without an LTA, requested for week 8. */
    private Booked casc(SupplyState s, int units) {
        return booking.book(s, "CASC", "DR4", units, friday(8), CommitmentState.CONFIRMED);
    }

    private static PromiseRequest request(String distributor, int quantity, LocalDate requested) {
        return new PromiseRequest(distributor, "DR4", quantity, requested, "HUB", null, null);
    }

    private static int onTimeFromLta(PromisePlan p, LocalDate requested) {
        return p.allocations().stream().filter(a -> a.ltaCode() != null && !a.shipDate().isAfter(requested))
                .mapToInt(Allocation::units).sum();
    }

    /** The rule over a state, with one line without an LTA to ask. */
    private static CallOffReclaim askingOnly(SupplyState s, Booked line) {
        return new CallOffReclaim(s, sku -> List.of(line));
    }

    @Test
    void a_call_off_within_the_protected_volume_is_built_in_place_of_a_line_without_lta_and_that_line_is_told() {
        SupplyState s = yieldedWorld(0);
        Booked spot = casc(s, 1000);
        SupplyState alone = yieldedWorld(0);
        casc(alone, 1000);
        assertEquals(300, PromiseEngine.plan(alone, request("NWOS", 300, friday(6))).backordered(),
                "the engine alone: the line without LTA holds every chip, the call-off waits with no date");

        CallOffReclaim reclaim = askingOnly(s, spot);
        PromisePlan callOff = reclaim.plan(request("NWOS", 300, friday(6)));

        assertEquals(300, onTimeFromLta(callOff, friday(6)), "the week's quota ships on the requested date");
        assertEquals(0, callOff.backordered());
        List<Replan> replans = reclaim.replans("why");
        assertEquals(1, replans.size());
        Replan gave = replans.get(0);
        assertTrue(gave.changed(), "the line that gave units sees its schedule move and is told");
        assertEquals("700@" + friday(8) + ",300@-", ScheduleText.of(gave.after()),
                "it keeps what the chips still cover; the rest waits for supply");
        assertEquals(CallOffReclaim.NOTE, reclaim.givenBack().noteFor(spot), "another distributor's line is told "
                + "why, and not whose call-off it was");
    }

    @Test
    void a_holders_own_spot_line_gives_way_to_its_call_off_and_is_told_the_call_off_was_its_own() {
        SupplyState s = yieldedWorld(0);
        Booked own = booking.book(s, "NWOS", "DR4", 1000, friday(8), CommitmentState.CONFIRMED);
        int spotUnits = own.allocations.stream().filter(h -> h.allocation().ltaCode() == null)
                .mapToInt(h -> h.allocation().units()).sum();
        assertEquals(700, spotUnits, "300 of the line are week 8's LTA volume, 700 are spot");
        CallOffReclaim reclaim = askingOnly(s, own);

        PromisePlan callOff = reclaim.plan(request("NWOS", 300, friday(6)));

        assertEquals(300, onTimeFromLta(callOff, friday(6)));
        assertEquals(CallOffReclaim.NOTE + "; that holder is you (LTA-NWOS, the week of " + week(6) + ")",
                reclaim.givenBack().noteFor(own), "NWOS reads that its own call-off took its spot units");
    }

    @Test
    void units_in_stock_change_hands_as_they_are_and_only_what_the_quota_protects() {
        SupplyState s = yieldedWorld(500);
        Booked spot = casc(s, 1500);
        CallOffReclaim reclaim = askingOnly(s, spot);

        PromisePlan callOff = reclaim.plan(request("NWOS", 450, friday(6)));

        assertEquals(300, onTimeFromLta(callOff, friday(6)), "300 is the week's quota: the other 150 are spot");
        assertEquals(150, callOff.backordered(), "spot takes nothing back from anyone");
        assertTrue(callOff.allocations().stream().anyMatch(a -> a.source() == Allocation.Source.STOCK
                && "LTA-NWOS".equals(a.ltaCode()) && a.shipDate().equals(friday(6))),
                "finished goods ready by the date change hands before anything is rebuilt");
    }

    @Test
    void a_spot_order_or_a_call_off_inside_the_fence_takes_nothing_back() {
        SupplyState s = yieldedWorld(0);
        Booked spot = casc(s, 1000);
        CallOffReclaim reclaim = askingOnly(s, spot);

        PromisePlan prdc = reclaim.plan(request("PRDC", 300, friday(6)));
        PromisePlan withinFence = reclaim.plan(request("NWOS", 300, friday(2)));

        assertEquals(300, prdc.backordered(), "a distributor without an LTA waits for supply like anyone");
        assertEquals(0, onTimeFromLta(withinFence, friday(2)), "inside the fence the week's volume was released");
        assertFalse(reclaim.touched(), "no line gave anything");
        assertEquals("1000@" + friday(8), ScheduleText.of(spot.schedule()));
    }

    /** The same world, with FR4 built on DR4's line from the same chips: lines of either product draw on both pools. */
    private static SupplyState sharedWorld() {
        World w = new World().weeks(10).product("DR4", "L1", Map.of("EML", 4)).product("FR4", "L1", Map.of("EML", 4))
                .capacityEveryWeek("L1", 100_000).chips("EML", 1, 4000)
                .lta("LTA-NWOS", "NWOS", "DR4", week(1), friday(10), 3000);
        SupplyState s = w.state();
        LtaLedger lta = s.ltas().get(0);
        for (int k = 0; k < lta.weeks.size(); k++) {
            lta.yieldWeek(k, s.today);
        }
        return s;
    }

    @Test
    void a_call_off_with_no_line_of_its_product_to_ask_takes_the_chips_back_from_another_product_built_with_them() {
        SupplyState before = sharedWorld();
        booking.book(before, "CASC", "FR4", 1000, friday(8), CommitmentState.CONFIRMED);
        PromisePlan sameProductOnly = new CallOffReclaim(before, sku -> List.of()).plan(request("NWOS", 300,
                friday(6)));
        assertEquals(300, sameProductOnly.backordered(), "asking lines of DR4 alone: none holds a chip, so the "
                + "call-off waits while CASC's FR4 line holds every chip");

        SupplyState s = sharedWorld();
        Booked fr4 = booking.book(s, "CASC", "FR4", 1000, friday(8), CommitmentState.CONFIRMED);
        CallOffReclaim reclaim = new CallOffReclaim(s, sku -> List.of(), sku -> List.of(fr4), skus -> Map.of());
        PromisePlan callOff = reclaim.plan(request("NWOS", 300, friday(6)));

        assertEquals(300, onTimeFromLta(callOff, friday(6)), "the week's quota is built from the chips FR4 gave");
        List<Replan> replans = reclaim.replans("why");
        assertEquals(1, replans.size());
        assertEquals("700@" + friday(8) + ",300@-", ScheduleText.of(replans.get(0).after()),
                "the FR4 line keeps what the chips still cover and is told");
        assertEquals(CallOffReclaim.NOTE, reclaim.givenBack().noteFor(fr4));
    }
}
