package com.halowill.partnerhub.commitments.internal.recommit;

import static com.halowill.partnerhub.commitments.internal.World.friday;
import static com.halowill.partnerhub.commitments.internal.World.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.LtaRisk;
import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.internal.Booking;
import com.halowill.partnerhub.commitments.internal.World;
import com.halowill.partnerhub.commitments.internal.engine.PromiseEngine;
import com.halowill.partnerhub.commitments.internal.engine.PromisePlan;
import com.halowill.partnerhub.commitments.internal.engine.PromiseRequest;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.ScheduleText;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReCommitPlannerTest {

    private static final Map<String, Integer> DR4_CHIPS = Map.of("EML", 4);
    private final Booking booking = new Booking();

    private static World world() {
        return new World().product("DR4", "L1", DR4_CHIPS).capacityEveryWeek("L1", 100_000);
    }

    private Booked book(SupplyState s, String distributor, int quantity, LocalDate requested, CommitmentState state) {
        return booking.book(s, distributor, "DR4", quantity, requested, state);
    }

    /** Line L1 builds in weeks 2, 4 and 6; chips arrive in weeks 2 and 4 (week 2's to be cut, week 4's line too). */
    private static SupplyState twoWeeksOfTwoCuts() {
        return new World().product("DR4", "L1", DR4_CHIPS).capacity("L1", 2, 1000).capacity("L1", 4, 1000)
                .capacity("L1", 6, 1000).chips("EML", 2, 2000).chips("EML", 4, 40_000).state();
    }

    private static Move moveOf(List<Move> moves, Booked b) {
        return moves.stream().filter(m -> m.commitmentId().equals(b.id)).findFirst().orElse(null);
    }

    @Test
    void a_cut_moves_the_latest_proposal_first_and_keeps_confirmed_commitments() {
        SupplyState s = world().chips("EML", 2, 4000).chips("EML", 5, 4000).state();
        Booked confirmed = book(s, "NWOS", 500, friday(2), CommitmentState.CONFIRMED);
        Booked early = book(s, "CASC", 300, friday(2), CommitmentState.PROPOSED);
        Booked late = book(s, "PRDC", 200, friday(2), CommitmentState.PROPOSED);
        s.setChipSupply("EML", week(2), 2400);

        ReCommitPlanner.Result r = ReCommitPlanner.plan(s, List.of(confirmed, early, late), "why");
        List<Move> moves = r.moves();
        assertEquals(null, moveOf(moves, confirmed), "confirmed first come keeps its date");
        assertEquals("100@" + friday(2) + ",200@" + friday(5), ScheduleText.of(moveOf(moves, early).after()),
                "week 2 now covers 600: the earlier proposal keeps 100 of them, the rest waits for week 5");
        assertEquals("200@" + friday(5), ScheduleText.of(moveOf(moves, late).after()), "the latest moves first");
        assertEquals(500, r.uncoveredUnits(), "both proposals gave their units back before being promised again");
        assertTrue(s.firstShortage(Set.of()).isEmpty(), "every pool is covered again");
    }

    @Test
    void each_line_that_moves_is_told_which_supply_fell_short_under_it() {
        SupplyState s = twoWeeksOfTwoCuts();
        Booked chips = book(s, "NWOS", 500, friday(2), CommitmentState.CONFIRMED);
        Booked line = book(s, "CASC", 300, friday(4), CommitmentState.CONFIRMED);
        Booked untouched = book(s, "PRDC", 200, friday(6), CommitmentState.CONFIRMED);
        s.setChipSupply("EML", week(2), 1200);
        s.setCapacity("L1", week(4), 100);

        ReCommitPlanner.Result r = ReCommitPlanner.plan(s, List.of(chips, line, untouched), "why");
        assertTrue(moveOf(r.moves(), chips).lastShipAfter().isAfter(friday(2)));
        assertTrue(moveOf(r.moves(), line).lastShipAfter().isAfter(friday(4)));
        assertEquals("component EML for builds up to the week of " + week(2), r.causes().get(chips));
        assertEquals("assembly line L1 in the week of " + week(4), r.causes().get(line));
        assertEquals("assembly line L1 in the week of " + week(4), moveOf(r.moves(), line).cause(),
                "the preview shows ops the same cause");
        assertEquals(null, moveOf(r.moves(), untouched));
        assertFalse(r.causes().containsKey(untouched), "a line no cut reached is told nothing");
    }

    @Test
    void a_line_kept_by_other_supply_never_takes_what_an_earlier_requested_line_lost_to_the_cut() {
        SupplyState s = twoWeeksOfTwoCuts();
        Booked early = book(s, "NWOS", 500, friday(2), CommitmentState.CONFIRMED);
        Booked later = book(s, "CASC", 300, friday(4), CommitmentState.CONFIRMED);
        s.setChipSupply("EML", week(2), 1200);
        s.setCapacity("L1", week(4), 100);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(early, later), "why").moves();
        assertEquals("300@" + friday(2) + ",100@" + friday(4) + ",100@" + friday(6),
                ScheduleText.of(moveOf(moves, early).after()),
                "the chips week 2 still has go to the line requested for week 2, not to the week-4 line re-sourced there");
        assertEquals("300@" + friday(6), ScheduleText.of(moveOf(moves, later).after()));
    }

    @Test
    void lta_drawn_units_keep_their_supply_while_others_can_move() {
        SupplyState s = world().chips("EML", 3, 2000).chips("EML", 6, 40_000)
                .lta("LTA-MAPL", "MAPL", "DR4", week(3), week(3).plusDays(6), 100).today(World.TODAY.minusDays(14))
                .state();
        Booked mapl = book(s, "MAPL", 100, friday(3), CommitmentState.PROPOSED);
        Booked nwos = book(s, "NWOS", 400, friday(3), CommitmentState.CONFIRMED);
        assertTrue(mapl.allocations.stream().allMatch(h -> "LTA-MAPL".equals(h.allocation().ltaCode())));
        assertEquals("400@" + friday(3), ScheduleText.of(nwos.schedule()));
        s.setChipSupply("EML", week(3), 1600);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(mapl, nwos), "why").moves();
        assertEquals(null, moveOf(moves, mapl), "the LTA proposal keeps week 3");
        assertEquals("300@" + friday(3) + ",100@" + friday(6), ScheduleText.of(moveOf(moves, nwos).after()),
                "even a confirmed non-LTA line moves before an LTA proposal");
    }

    @Test
    void protection_for_call_offs_not_yet_made_yields_to_dates_already_promised_when_a_cut_hits_its_build() {
        SupplyState s = new World().product("DR4", "L1", DR4_CHIPS).capacityEveryWeek("L1", 1000)
                .chips("EML", 3, 40_000).lta("LTA-MAPL", "MAPL", "DR4", week(4), week(4).plusDays(6), 300).state();
        Booked nwos = book(s, "NWOS", 700, friday(3), CommitmentState.CONFIRMED);
        assertEquals("700@" + friday(3), ScheduleText.of(nwos.schedule()),
                "week 3's build less the 300 it protects for MAPL's week 4");
        s.setCapacity("L1", week(3), 600);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(nwos), "why").moves();
        assertEquals("600@" + friday(3) + ",100@" + friday(4), ScheduleText.of(moveOf(moves, nwos).after()),
                "what week 3 can still build goes to the date already promised, not to call-offs not yet made");
    }

    @Test
    void protection_a_cut_left_unbacked_stays_yielded_so_a_later_call_off_still_finds_its_own() {
        World w = world().chips("EML", 2, 4000).chips("EML", 6, 2000)
                .lta("LTA-NWOS", "NWOS", "DR4", week(3), week(4).plusDays(6), 400)
                .lta("LTA-CASC", "CASC", "DR4", week(7), week(7).plusDays(6), 300);
        SupplyState s = w.state();
        Booked prdc = book(s, "PRDC", 500, friday(2), CommitmentState.CONFIRMED);
        assertEquals("500@" + friday(2), ScheduleText.of(prdc.schedule()));
        w.chips("EML", 2, -3000);
        s.setChipSupply("EML", week(2), 1000);

        ReCommitPlanner.Result r = ReCommitPlanner.plan(s, List.of(prdc), "why");
        assertEquals(List.of(new LtaRisk("LTA-NWOS", new DistributorCode("NWOS"), new Sku("DR4"), 0, 200)),
                ReCommitPlanner.ltasAtRisk(s, r.moves()), "week 3's 200 protected units have no chips left");

        // The next transaction reads the ledgers again, with what the re-commit made them yield.
        SupplyState next = w.state();
        r.replans().forEach(x -> {
            x.kept().forEach(h -> next.take(prdc.distributor, prdc.sku, h.allocation()));
            x.added().forEach(a -> next.take(prdc.distributor, prdc.sku, a));
        });
        PromisePlan callOff = PromiseEngine.plan(next,
                new PromiseRequest("CASC", "DR4", 300, friday(7), "HUB", null, null));
        assertEquals(0, callOff.backordered(),
                "week 6's chips still build CASC's protected week 7: NWOS's yielded week 3 no longer counts against it");
        assertTrue(callOff.allocations().stream().noneMatch(a -> a.shipDate().isAfter(friday(7))));
    }

    @Test
    void a_cut_moves_later_requested_dates_before_earlier_ones() {
        SupplyState s = world().chips("EML", 2, 2000).chips("EML", 5, 4000).state();
        Booked later = book(s, "PRDC", 200, friday(4), CommitmentState.PROPOSED);
        Booked earlier = book(s, "CASC", 300, friday(2), CommitmentState.PROPOSED);
        assertEquals("300@" + friday(2), ScheduleText.of(earlier.schedule()));
        s.setChipSupply("EML", week(2), 1200);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(later, earlier), "why").moves();
        assertEquals(null, moveOf(moves, earlier), "the line wanted first keeps its date, though it came in later");
        assertEquals("200@" + friday(5), ScheduleText.of(moveOf(moves, later).after()),
                "the line wanted later waits for week 5's chips");
    }

    @Test
    void a_chip_cut_never_takes_units_back_from_a_build_already_made() {
        World w = new World().product("DR4", "L1", DR4_CHIPS).capacity("L1", 1, 500).capacity("L1", 2, 500)
                .capacity("L1", 5, 500).chips("EML", 1, 2000).chips("EML", 2, 2000).chips("EML", 5, 2000);
        SupplyState before = w.state();
        Booked near = book(before, "CASC", 500, friday(2), CommitmentState.CONFIRMED);
        Booked far = book(before, "NWOS", 500, friday(4), CommitmentState.CONFIRMED);
        assertEquals(week(1), far.allocations.get(0).allocation().week(), "week 2 was full, so week 1 builds it");
        SupplyState s = w.today(week(2)).state();
        List.of(near, far).forEach(b -> b.allocations.forEach(h -> s.take(b.distributor, b.sku, h.allocation())));
        s.setChipSupply("EML", week(2), 0);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(near, far), "why").moves();
        assertEquals(null, moveOf(moves, far),
                "week 1's modules are built: the later requested date keeps them though it would move first");
        assertEquals("500@" + friday(5), ScheduleText.of(moveOf(moves, near).after()),
                "only a build not yet made gives its chips back");
    }

    @Test
    void a_cut_gives_dated_lines_their_supply_again_before_any_backorder_gets_a_date() {
        SupplyState s = world().chips("EML", 2, 2000).state();
        Booked dated = book(s, "NWOS", 500, friday(4), CommitmentState.CONFIRMED);
        Booked waiting = book(s, "CASC", 300, friday(2), CommitmentState.CONFIRMED);
        assertEquals(300, waiting.backordered(), "nothing left for the earlier request: backordered");
        s.setChipSupply("EML", week(2), 1000);
        s.setChipSupply("EML", week(5), 1200);

        List<Move> moves = ReCommitPlanner.plan(s, List.of(dated, waiting), "why").moves();
        assertEquals("250@" + friday(4) + ",250@" + friday(5), ScheduleText.of(moveOf(moves, dated).after()),
                "the line with a date keeps what is left by its date, though the backorder was wanted earlier");
        assertEquals(250, moveOf(moves, waiting).backorderedAfter(), "the backorder gets only what is left after it");
    }

    @Test
    void new_supply_fills_backorders() {
        SupplyState s = world().chips("EML", 2, 400).state();
        Booked b = book(s, "PRDC", 300, friday(2), CommitmentState.CONFIRMED);
        assertEquals(200, b.accepted - b.allocated(), "200 backordered");
        s.setChipSupply("EML", week(4), 4000);

        Move m = ReCommitPlanner.plan(s, List.of(b), "why").moves().get(0);
        assertEquals(200, m.backorderedBefore());
        assertEquals(0, m.backorderedAfter());
        assertEquals(friday(4), m.lastShipAfter());
    }

    @Test
    void shipped_units_never_move_and_an_unfixable_shortage_is_reported() {
        SupplyState s = world().chips("EML", 1, 4000).today(week(1)).state();
        Booked b = book(s, "NWOS", 1000, friday(1), CommitmentState.CONFIRMED);
        Booked.Held h = b.allocations.get(0);
        b.allocations.set(0, new Booked.Held(h.id(), h.allocation(), 1000));
        s.setChipSupply("EML", week(1), 2000);

        ReCommitPlanner.Result r = ReCommitPlanner.plan(s, List.of(b), "why");
        assertTrue(r.moves().isEmpty());
        assertEquals(1, r.unresolved().size());
        assertFalse(r.unresolved().get(0).isEmpty());
    }
}
