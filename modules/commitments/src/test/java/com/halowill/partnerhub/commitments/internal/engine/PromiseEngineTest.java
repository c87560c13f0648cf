package com.halowill.partnerhub.commitments.internal.engine;

import static com.halowill.partnerhub.commitments.internal.World.friday;
import static com.halowill.partnerhub.commitments.internal.World.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.commitments.internal.World;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation.Source;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromiseEngineTest {

    private static final Map<String, Integer> DR4_CHIPS = Map.of("EML", 4, "DSP7", 1);
    private static final Map<String, Integer> DR8_CHIPS = Map.of("EML", 8, "DSP5", 1);

    private static World world() {
        return new World().product("DR4", "L1", DR4_CHIPS).product("DR8", "L2", DR8_CHIPS)
                .chipsEveryWeek("DSP7", 100_000).chipsEveryWeek("DSP5", 100_000)
                .capacityEveryWeek("L1", 100_000).capacityEveryWeek("L2", 100_000);
    }

    private static PromiseRequest ask(String distributor, String sku, int quantity, LocalDate requested) {
        return new PromiseRequest(distributor, sku, quantity, requested, "HUB", null, null);
    }

    private static int units(PromisePlan plan, Source source) {
        return plan.allocations().stream().filter(a -> a.source() == source).mapToInt(Allocation::units).sum();
    }

    @Test
    void stock_ships_on_the_requested_date_when_nothing_is_built() {
        SupplyState s = world().stock("DR4", "HUB", 1000).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR4", 400, friday(3)));
        assertEquals(List.of(new Allocation(Source.STOCK, "HUB", null, null, Map.of(), 400, null, friday(3),
                friday(3).plusDays(2))), plan.allocations());
        assertEquals(0, plan.backordered());
        assertEquals(600, s.stockFree("DR4", "HUB"), "the next promise sees less");
    }

    @Test
    void supply_ready_before_the_requested_date_is_used_latest_first() {
        SupplyState s = new World().product("DR4", "L1", DR4_CHIPS).chipsEveryWeek("DSP7", 100_000)
                .stock("DR4", "HUB", 1000).chipsEveryWeek("EML", 40_000).capacityEveryWeek("L1", 100).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR4", 250, friday(3)));
        assertEquals(List.of(week(3), week(2), week(1)), plan.allocations().stream().map(Allocation::week).toList(),
                "week 3 (100 units of capacity) first, then week 2, then week 1; stock stays free");
        assertEquals(1000, s.stockFree("DR4", "HUB"));
        assertTrue(plan.allocations().stream().allMatch(a -> a.shipDate().equals(friday(3))));
    }

    @Test
    void a_shared_laser_chip_is_one_pool_for_every_product_that_uses_it() {
        SupplyState s = world().weeks(2).chips("EML", 1, 8000).state();
        PromisePlan dr8 = PromiseEngine.plan(s, ask("NWOS", "DR8", 1000, friday(1)));
        assertEquals(1000, dr8.promised());
        PromisePlan dr4 = PromiseEngine.plan(s, ask("CASC", "DR4", 10, friday(2)));
        assertEquals(0, dr4.promised(), "the 800G DR8 took every EML chip 400G DR4 could have used");
        assertEquals(10, dr4.backordered());
    }

    @Test
    void chips_unused_in_their_week_remain_available_later() {
        SupplyState s = new World().product("DR4", "L1", DR4_CHIPS).chipsEveryWeek("DSP7", 10_000)
                .chips("EML", 1, 4000).capacity("L1", 3, 5000).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR4", 1000, friday(3)));
        assertEquals(1000, plan.promised());
        assertEquals(week(3), plan.allocations().get(0).week(), "built in week 3 from chips that came in week 1");
    }

    @Test
    void chips_promised_to_a_later_week_are_not_promised_again_to_an_earlier_one() {
        SupplyState s = world().chips("EML", 1, 4000).state();
        assertEquals(1000, PromiseEngine.plan(s, ask("NWOS", "DR4", 1000, friday(5))).promised());
        assertEquals(0, PromiseEngine.plan(s, ask("CASC", "DR4", 10, friday(1))).promised(),
                "week 1's chips are already promised to the week-5 build");
    }

    @Test
    void a_build_needs_capacity_on_a_line_that_builds_its_form_factor() {
        SupplyState s = new World().weeks(2).product("DR4", "L1", DR4_CHIPS).chipsEveryWeek("EML", 100_000)
                .chipsEveryWeek("DSP7", 100_000).capacity("L1", 1, 300).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR4", 500, friday(1)));
        assertEquals(300, plan.promised());
        assertEquals(200, plan.backordered());
    }

    @Test
    void one_date_that_cannot_cover_the_quantity_gives_split_schedule_lines() {
        SupplyState s = world().stock("DR8", "HUB", 300).chips("EML", 4, 1600).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR8", 500, friday(2)));
        assertEquals(300, units(plan, Source.STOCK));
        assertEquals(200, units(plan, Source.BUILD));
        assertEquals(friday(2), plan.allocations().get(0).shipDate(), "300 ship on the requested date from stock");
        assertEquals(friday(4), plan.allocations().get(1).shipDate(), "200 ship when week 4's build is ready");
        assertTrue(plan.summary().contains("2 shipments"), plan.summary());
    }

    @Test
    void what_no_supply_covers_is_backordered() {
        SupplyState s = world().stock("DR8", "HUB", 100).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("NWOS", "DR8", 500, friday(2)));
        assertEquals(100, plan.promised());
        assertEquals(400, plan.backordered());
        assertTrue(plan.summary().contains("400 backordered"), plan.summary());
    }

    @Test
    void lta_volume_is_protected_from_other_distributors() {
        // MAPL's LTA: 8,000 DR4 over eight weeks, 1,000 a week = every EML chip of a week. Weeks 3 to 8 lie beyond
        // the fence; each week's quota is protected in the build ready the Friday before (weeks 2 to 7).
        SupplyState s = world().chipsEveryWeek("EML", 4000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 8000).state();
        PromisePlan nwos = PromiseEngine.plan(s, ask("NWOS", "DR8", 3000, friday(6)));
        int onTime = nwos.allocations().stream().filter(a -> !a.shipDate().isAfter(friday(6)))
                .mapToInt(Allocation::units).sum();
        assertEquals(500, onTime, "of the 28,000 chips up to week 7, 24,000 are protected in weeks 2 to 7: only 4,000 "
                + "(500 DR8) are free for others by week 6 (weeks 1 and 2 are inside the fence)");
        assertEquals(1000, nwos.promised(), "and 4,000 more in week 8, after the last protected build");
        for (int week = 3; week <= 6; week++) {
            PromisePlan mapl = PromiseEngine.plan(s, ask("MAPL", "DR4", 1000, friday(week)));
            assertEquals(1000, mapl.promised(), "the holder still gets week " + week + "'s quota");
            assertEquals(List.of(friday(week)), mapl.allocations().stream().map(Allocation::shipDate).distinct()
                    .toList(), "on time");
        }
    }

    @Test
    void the_holder_draws_its_lta_first_up_to_the_quota_of_the_week() {
        SupplyState s = world().chipsEveryWeek("EML", 40_000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 800).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("MAPL", "DR4", 1000, friday(4)));
        int onLta = plan.allocations().stream().filter(a -> "LTA-MAPL".equals(a.ltaCode()))
                .mapToInt(Allocation::units).sum();
        assertEquals(100, onLta, "week 4's quota is drawn first; the rest of the line is spot");
        assertEquals(1000, plan.promised());
        assertEquals(700, s.ltas().get(0).remaining());
    }

    @Test
    void an_lta_holders_spot_orders_cannot_use_up_the_volume_of_later_weeks() {
        // MAPL's LTA: 400 a week. A big order for week 3 used to draw the whole LTA at once, so nothing of weeks 4
        // to 8 stayed protected and another distributor could take it all before MAPL called week 6 off.
        SupplyState s = world().chipsEveryWeek("EML", 4000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 3200).state();
        PromiseEngine.plan(s, ask("MAPL", "DR4", 3000, friday(3)));
        PromiseEngine.plan(s, ask("NWOS", "DR8", 100_000, friday(8)));
        PromisePlan callOff = PromiseEngine.plan(s, ask("MAPL", "DR4", 400, friday(6)));
        assertEquals(400, callOff.promised());
        assertTrue(callOff.allocations().stream().allMatch(a -> "LTA-MAPL".equals(a.ltaCode())
                && a.shipDate().equals(friday(6))), "week 6's quota ships on time on the LTA: "
                + callOff.allocations());
    }

    @Test
    void a_call_off_early_in_its_week_is_built_from_the_protection_ready_before_that_week() {
        // Line L1 builds 1,000 a week; MAPL's LTA protects 400 a week; PRDC takes everything else. A Tuesday call-off
        // can only be built by the Friday before: week 5's quota must be kept in week 4's build. Kept in week 5's
        // own build (ready on its Friday), it was out of reach, and week 4's went to week 4's call-off.
        SupplyState s = new World().product("DR4", "L1", DR4_CHIPS).chipsEveryWeek("EML", 100_000)
                .chipsEveryWeek("DSP7", 100_000).capacityEveryWeek("L1", 1000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 3200).state();
        PromiseEngine.plan(s, ask("PRDC", "DR4", 100_000, friday(8)));
        assertEquals(400, PromiseEngine.plan(s, ask("MAPL", "DR4", 400, friday(4))).promised());
        PromisePlan callOff = PromiseEngine.plan(s, ask("MAPL", "DR4", 400, week(5).plusDays(1)));
        assertEquals(400, callOff.promised());
        assertEquals(List.of(week(5).plusDays(1)), callOff.allocations().stream().map(Allocation::shipDate)
                .distinct().toList(), "on the requested Tuesday, from week 4's build");
    }

    @Test
    void one_holders_call_off_cannot_take_the_line_capacity_another_week_of_quota_needs() {
        // Two LTAs on line L2 (200 units a week, all protected from week 2's build on). NWOS calls off a Friday of
        // week 3: its own protection in week 3's build is for week 4, so it is built in week 2. Had it used week 3's,
        // week 2's would have gone to PRDC and CASC's Monday call-off of week 4 would find no capacity left.
        SupplyState s = new World().product("DR8", "L2", DR8_CHIPS).product("FR4", "L2", DR8_CHIPS)
                .chipsEveryWeek("EML", 100_000).chipsEveryWeek("DSP5", 100_000).capacityEveryWeek("L2", 200)
                .lta("LTA-NWOS", "NWOS", "DR8", week(1), week(8).plusDays(6), 800)
                .lta("LTA-CASC", "CASC", "FR4", week(1), week(8).plusDays(6), 800).state();
        PromiseEngine.plan(s, ask("PRDC", "DR8", 10_000, friday(8)));
        PromisePlan nwos = PromiseEngine.plan(s, ask("NWOS", "DR8", 100, friday(3)));
        assertEquals(List.of(week(2)), nwos.allocations().stream().map(Allocation::week).toList());
        PromiseEngine.plan(s, ask("PRDC", "DR8", 10_000, friday(8)));
        PromisePlan casc = PromiseEngine.plan(s, ask("CASC", "FR4", 100, week(4)));
        assertEquals(100, casc.promised());
        assertEquals(List.of(week(4)), casc.allocations().stream().map(Allocation::shipDate).distinct().toList());
    }

    @Test
    void the_fence_releases_protection_the_holder_has_not_called_off() {
        World w = world().chipsEveryWeek("EML", 4000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 8000);
        int before = PromiseEngine.plan(w.state(), ask("NWOS", "DR8", 10_000, friday(5))).promised();
        int after = PromiseEngine.plan(w.today(week(3).plusDays(2)).state(), ask("NWOS", "DR8", 10_000, friday(5)))
                .promised();
        assertEquals(1000, before, "weeks 1-2 only");
        assertEquals(2500, after, "two weeks later weeks 1 to 5 are inside the fence: 20,000 chips");
    }

    @Test
    void a_holder_that_pulled_volume_forward_gives_up_protection_in_the_last_weeks() {
        List<LocalDate> weeks = List.of(week(3), week(4), week(5), week(6));
        LtaLedger lta = new LtaLedger("L", "MAPL", "DR4", week(3), week(6).plusDays(6), 4000, 2, weeks,
                new int[] {1000, 1000, 1000, 1000}, new int[] {0, 3000, 0, 0});
        assertEquals(1000, lta.remaining());
        assertEquals(List.of(1000, 0, 0, 0), java.util.Arrays.stream(lta.protectedUnits(World.TODAY)).boxed().toList());
    }

    @Test
    void an_allocation_cap_limits_what_a_distributor_is_promised_in_its_period() {
        SupplyState s = world().chipsEveryWeek("EML", 40_000).cap("CASC", "DR4", week(1), week(4).plusDays(6), 500)
                .state();
        PromisePlan plan = PromiseEngine.plan(s, ask("CASC", "DR4", 800, friday(3)));
        assertEquals(800, plan.promised());
        assertEquals(500, plan.allocations().stream().filter(a -> a.shipDate().equals(friday(3)))
                .mapToInt(Allocation::units).sum());
        assertEquals(friday(5), plan.lastShipDate(), "the rest ships after the cap's period");
        assertEquals(800, PromiseEngine.plan(s, ask("NWOS", "DR4", 800, friday(3))).promised(),
                "another distributor is not capped");
    }

    @Test
    void an_end_of_life_product_ships_from_stock_only() {
        SupplyState s = world().endOfLife("Q56").stock("Q56", "HUB", 50).chipsEveryWeek("EML", 40_000).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("PRDC", "Q56", 80, friday(2)));
        assertEquals(50, plan.promised());
        assertEquals(30, plan.backordered());
        assertTrue(plan.explanation().stream().anyMatch(e -> e.contains("no longer built")), plan.explanation()
                .toString());
    }

    @Test
    void the_explanation_names_the_pool_the_lta_and_the_rule() {
        SupplyState s = world().stock("DR4", "HUB", 100).chipsEveryWeek("EML", 4000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 8000).state();
        PromisePlan plan = PromiseEngine.plan(s, ask("CASC", "DR4", 3000, friday(4)));
        String text = String.join("\n", plan.explanation());
        assertTrue(text.contains("1000 built week of " + week(4) + " on L1 from DSP7 1000, EML 4000"), text);
        assertTrue(text.contains("100 from stock at HUB"), text);
        assertTrue(text.contains("short by " + friday(4) + ": EML is fully promised"), text);
        assertTrue(text.contains("protected for other distributors' LTAs"), text);
        assertTrue(text.contains(PromiseEngine.RULE), text);
    }

    @Test
    void releasing_an_allocation_makes_its_supply_promisable_again() {
        SupplyState s = world().chips("EML", 1, 4000).stock("DR4", "HUB", 10)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 800).state();
        int casc = PromiseEngine.plan(world().chips("EML", 1, 4000).stock("DR4", "HUB", 10)
                .lta("LTA-MAPL", "MAPL", "DR4", week(1), week(8).plusDays(6), 800).state(),
                ask("CASC", "DR4", 1010, friday(2))).promised();
        PromisePlan first = PromiseEngine.plan(s, ask("MAPL", "DR4", 110, friday(2)));
        assertEquals(110, first.promised());
        assertEquals(700, s.ltas().get(0).remaining(), "week 2's quota was drawn");
        first.allocations().forEach(a -> s.release("MAPL", "DR4", a));
        assertEquals(800, s.ltas().get(0).remaining());
        assertEquals(casc, PromiseEngine.plan(s, ask("CASC", "DR4", 1010, friday(2))).promised());
        assertEquals(410, casc, "10 in stock and 400 built: the rest of week 1's chips stay protected for MAPL");
    }

    @Test
    void ops_can_bind_a_promise_to_a_date_and_a_source() {
        SupplyState s = world().stock("DR4", "HUB", 1000).chipsEveryWeek("EML", 4000).state();
        PromisePlan stockOnly = PromiseEngine.plan(s, new PromiseRequest("NWOS", "DR4", 300, friday(4), "HUB", null,
                Source.STOCK));
        assertEquals(300, units(stockOnly, Source.STOCK));
        PromisePlan byDate = PromiseEngine.plan(s, new PromiseRequest("NWOS", "DR4", 5000, friday(2), "HUB",
                friday(2), null));
        assertNull(byDate.allocations().stream().filter(a -> a.shipDate().isAfter(friday(2))).findAny().orElse(null));
        assertEquals(2000 + 700, byDate.promised(), "weeks 1 and 2 (1,000 units each) and the stock left");
    }
}
