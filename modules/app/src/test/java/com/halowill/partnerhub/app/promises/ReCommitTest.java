package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.commitments.LtaRisk;
import com.halowill.partnerhub.commitments.LtaStatus;
import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ReCommitCase;
import com.halowill.partnerhub.commitments.ReCommitPreview;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.orders.ChangeRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A supply change under commitments opens a re-commit case; approving it moves exactly what lost its supply. */
@QuarkusTest
class ReCommitTest {

    @Inject
    Promises promises;
    @Inject
    ReCommits reCommits;
    @Inject
    SupplyPlan plan;
    @Inject
    PrivateSupply supply;
    @Inject
    Allocations allocations;
    @Inject
    ChangeRequests changeRequests;

    private String schedule(Commitment c) {
        return String.join(",", c.schedule().stream().map(s -> s.quantity() + "@" + s.shipDate()).toList());
    }

    @Test
    void a_supply_cut_opens_a_recommit_case_instead_of_failing() {
        PrivateSupply.World w = supply.product("CUT", 4, Map.of(2, 4000, 5, 4000), 10_000);
        String order = submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), "CUT-" + UUID.randomUUID(),
                "NWOS-ASH", w.sku(), 600, PrivateSupply.friday(2));
        Commitment c = promises.forDemands(OrderLines.demandRefs(order)).get(0);
        promises.confirm(c.id(), "ops-planner");
        assertEquals("600@" + PrivateSupply.friday(2), schedule(promises.find(c.id()).orElseThrow()));

        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(2), 1200)), "ops-planner",
                "laser fab yield loss");

        ReCommitCase open = reCommits.openCase().orElseThrow(() -> new AssertionError("a case is open"));
        ReCommitPreview preview = reCommits.preview();
        Move move = preview.moves().stream().filter(m -> m.commitmentId().equals(c.id())).findFirst().orElseThrow();
        assertEquals(PrivateSupply.friday(2), move.lastShipBefore());
        assertEquals(PrivateSupply.friday(5), move.lastShipAfter());
        assertEquals("600@" + PrivateSupply.friday(2), schedule(promises.find(c.id()).orElseThrow()),
                "a preview changes nothing");

        ReCommitCase closed = reCommits.approve(open.id(), "ops-planner");
        assertEquals("APPLIED", closed.status());
        Commitment after = promises.find(c.id()).orElseThrow();
        assertEquals("300@" + PrivateSupply.friday(2) + ",300@" + PrivateSupply.friday(5), schedule(after),
                "what week 2 still covers stays; the rest moves to week 5");
        HistoryEntry last = promises.history(List.of(c.demandRef())).stream().reduce((a,
                b) -> b).orElseThrow();
        assertEquals(ReasonCode.SUPPLY_CHANGE, last.reason());
        assertEquals("MOVED", last.action());
        assertTrue(last.note().contains("supply plan version"), last.note());
        assertTrue(last.note().endsWith("the supply this line was promised from fell short: component " + w.chip()
                + " for builds up to the week of " + PrivateSupply.monday(2)), "the line is told what moved it: "
                + last.note());
        assertArrayEquals(new int[] {0, 600}, supply.committedUnits(w.sku()));
        assertArrayEquals(new int[] {1200 + 4000, 0, 2400, 0}, supply.chipTotals(w),
                "chips supplied, held, confirmed, shipped: exactly what the commitment draws");
        String status = given().auth().oauth2(Tokens.erp("nwos")).get("/api/v1/purchase-orders/" + order).then()
                .statusCode(200).extract().path("lines[0].status");
        assertEquals("COMMITTED_LATE", status, "the partner sees the moved line as late");
    }

    @Test
    void a_cut_that_other_supply_covers_by_the_same_date_moves_no_date() {
        PrivateSupply.World stocked = supply.product("RESRC", 4, Map.of(2, 4000, 5, 4000), 10_000);
        PrivateSupply.World built = supply.sibling(stocked, "RESRB", 4);
        supply.stock(stocked, "FRE-HUB", 300);
        Commitment first = confirmed(stocked, 300);
        Commitment later = confirmed(built, 300);
        assertArrayEquals(new int[] {8000, 0, 2400, 0}, supply.chipTotals(stocked), "both built in week 2");
        int historyBefore = promises.history(List.of(first.demandRef(),
                later.demandRef())).size();

        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, stocked.chip(), PrivateSupply.monday(2), 1200)), "ops-planner",
                "laser fab yield loss");
        ReCommitCase open = reCommits.openCase().orElseThrow(() -> new AssertionError("a case is open"));
        assertEquals(List.of(), reCommits.preview().moves().stream().filter(m -> m.commitmentId().equals(first.id())
                || m.commitmentId().equals(later.id())).toList(), "the stocked product ships from finished goods on the "
                + "same date, so the later line keeps its build: nothing to tell either partner");
        reCommits.approve(open.id(), "ops-planner");

        assertEquals("300@" + PrivateSupply.friday(2), schedule(promises.find(first.id()).orElseThrow()));
        assertEquals("300@" + PrivateSupply.friday(2), schedule(promises.find(later.id()).orElseThrow()));
        assertArrayEquals(new int[] {5200, 0, 1200, 0}, supply.chipTotals(stocked), "one line still built in week 2");
        assertEquals(0, promises.quote(new QuoteRequest(new DistributorCode("PRDC"), new Sku(stocked.sku()), 300,
                PrivateSupply.friday(0), null))
                .schedule().stream().filter(x -> !x.backordered() && !x.shipDate().isAfter(PrivateSupply.friday(2)))
                .mapToInt(ScheduleLine::quantity).sum(), "the stock is taken: nothing else ships by week 2");
        assertEquals(historyBefore, promises.history(List.of(first.demandRef(),
                later.demandRef())).size(), "no move, so no history entry");
    }

    @Test
    void protection_a_cut_leaves_with_no_chips_is_yielded_for_good_and_the_holder_is_told() {
        PrivateSupply.World w = withCascLtaForWeek3("YLD");
        String lta = "LTA-" + w.sku();
        Commitment nwos = confirmed(w, 700);
        assertEquals("700@" + PrivateSupply.friday(2), schedule(promises.find(nwos.id()).orElseThrow()),
                "week 2 builds 1000 units, 200 of them protected for CASC's week 3");

        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(2), 2000)), "ops-planner",
                "laser fab yield loss");
        ReCommitCase open = reCommits.openCase().orElseThrow(() -> new AssertionError("a case is open"));
        assertEquals(List.of(new LtaRisk(lta, new DistributorCode("CASC"), new Sku(w.sku()), 0, 200)),
                reCommits.preview().ltasAtRisk().stream().filter(r -> r.ltaCode().equals(lta)).toList(),
                "the preview names the protection the cut leaves nothing to build from");
        reCommits.approve(open.id(), "ops-planner");

        assertEquals("500@" + PrivateSupply.friday(2) + ",200@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "the date already promised keeps what week 2 has left");
        LtaStatus status = allocations.ltas(new DistributorCode("CASC")).stream()
                .filter(l -> l.lta().code().equals(lta)).findFirst().orElseThrow();
        assertEquals(0, status.protectedNow());
        assertEquals(200, status.yieldedToCuts(), "the ledger keeps what the cut made the LTA give up");
        assertEquals(300, dated(promises.quote(new QuoteRequest(new DistributorCode("PRDC"), new Sku(w.sku()), 300,
                PrivateSupply.friday(5), null)).schedule().stream()
                .filter(x -> !x.shipDate().isAfter(PrivateSupply.friday(5))).toList()),
                "week 5's 1200 chips left are free: the yielded protection no longer makes them look short");
    }

    @Test
    void a_call_off_within_protection_a_cut_yielded_takes_its_units_back_from_a_line_without_lta_which_is_told() {
        PrivateSupply.World w = withCascLtaForWeek3("RCL");
        callOffTakesItsVolumeBackFrom(w, w);
    }

    @Test
    void a_call_off_with_no_line_of_its_own_product_to_ask_takes_the_chips_back_from_another_product_on_its_line() {
        PrivateSupply.World w = withCascLtaForWeek3("RCX");
        callOffTakesItsVolumeBackFrom(w, supply.sibling(w, "RCY", 4));
    }

    /**
     * NWOS confirms 700 of {@code donor} (CASC's LTA product, or another built from its chips on its line) for week 2;
     * the week-2 cut makes CASC's week-3 protection yield to that date. CASC then calls off 200 for week 3: they ship
     * on the date, taken back from NWOS's line, which is promised them again from week 5 and told; no chip twice.
     */
    private void callOffTakesItsVolumeBackFrom(PrivateSupply.World w, PrivateSupply.World donor) {
        Commitment nwos = confirmed(donor, 700);
        cutWeek2ChipsAndApprove(w);
        assertEquals("500@" + PrivateSupply.friday(2) + ",200@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "the cut made CASC's protection yield to NWOS's date");
        int[] chipsBefore = supply.chipTotals(w);

        String order = submit(Tokens.erp("casc"), UUID.randomUUID().toString(), "RCL-" + UUID.randomUUID(), "CASC-SEA",
                w.sku(), 200, PrivateSupply.friday(3));

        Commitment callOff = promises.forDemands(OrderLines.demandRefs(order)).get(0);
        assertEquals("200@" + PrivateSupply.friday(3), schedule(callOff), "the week's LTA volume ships when asked for, "
                + "though no line of " + w.sku() + " but NWOS's line of " + donor.sku() + " held its chips");
        assertEquals(200, callOff.schedule().stream().mapToInt(ScheduleLine::ltaQuantity).sum(), "drawn on the LTA");
        assertEquals("300@" + PrivateSupply.friday(2) + ",400@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "NWOS's line without LTA gave 200 built units' "
                + "supply and is promised them again from week 5's chips");
        HistoryEntry told = promises.history(List.of(nwos.demandRef())).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(ReasonCode.ALLOCATION_DECISION, told.reason());
        assertTrue(told.note().contains("long-term agreement protects"), told.note());
        assertTrue(!told.note().contains("CASC"), "another distributor's name is not NWOS's business: " + told.note());
        int[] chipsAfter = supply.chipTotals(w);
        assertEquals(chipsBefore[0], chipsAfter[0]);
        assertEquals(chipsBefore[1] + chipsBefore[2] + 800, chipsAfter[1] + chipsAfter[2],
                "200 more units' chips are used, no unit twice: the call-off holds 200, NWOS still confirms 700");
    }

    @Test
    void a_call_off_raised_by_a_change_ops_accept_takes_its_protected_volume_back_from_a_line_without_lta() {
        PrivateSupply.World w = withCascLtaForWeek3("RCC");
        String order = submit(Tokens.erp("casc"), UUID.randomUUID().toString(), "RCC-" + UUID.randomUUID(), "CASC-SEA",
                w.sku(), 100, PrivateSupply.friday(3));
        Commitment callOff = promises.forDemands(OrderLines.demandRefs(order)).get(0);
        Commitment nwos = confirmed(w, 700);
        cutWeek2ChipsAndApprove(w);
        assertEquals("400@" + PrivateSupply.friday(2) + ",300@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "the cut moved the line without LTA");
        assertEquals("100@" + PrivateSupply.friday(3), schedule(promises.find(callOff.id()).orElseThrow()));

        String request = given().auth().oauth2(Tokens.erp("casc")).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("lineNumber", 1, "quantity", 200))))
                .post("/api/v1/purchase-orders/" + order + "/change-requests").then().statusCode(202)
                .body("lines[0].outcome", equalTo("PENDING_REVIEW")).extract().path("id");
        assertEquals(Map.of(1, "200 to ship " + PrivateSupply.friday(3) + "; 100 of them taken back from lines without"
                + " an LTA, which are told"), changeRequests.ifAccepted(
                changeRequests.find(UUID.fromString(request)).orElseThrow()),
                "ops see what accepting gives before they decide");
        assertEquals("400@" + PrivateSupply.friday(2) + ",300@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "neither the change nor its preview moved anybody");
        changeRequests.accept(UUID.fromString(request), "ops-planner", "CASC's LTA volume for week 3");

        assertEquals("200@" + PrivateSupply.friday(3), schedule(promises.find(callOff.id()).orElseThrow()),
                "the raised call-off gets the week's LTA volume by its date");
        assertEquals(200, promises.find(callOff.id()).orElseThrow().schedule().stream()
                .mapToInt(ScheduleLine::ltaQuantity).sum(), "all of it drawn on the LTA");
        assertEquals("300@" + PrivateSupply.friday(2) + ",400@" + PrivateSupply.friday(5),
                schedule(promises.find(nwos.id()).orElseThrow()), "NWOS's line without LTA gave 100 built units");
        HistoryEntry told = promises.history(List.of(nwos.demandRef())).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals(ReasonCode.ALLOCATION_DECISION, told.reason());
        assertTrue(told.note().contains("long-term agreement protects"), told.note());
    }

    /** Week 2's chips cut to 2,000 (500 units), and ops approve the re-commit it opens. */
    private void cutWeek2ChipsAndApprove(PrivateSupply.World w) {
        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(2), 2000)), "ops-planner",
                "laser fab yield loss");
        reCommits.approve(reCommits.openCase().orElseThrow().id(), "ops-planner");
    }

    /** A product whose week 2 builds 1,000 units and week 5 500, and CASC's LTA for 200 of them in week 3. */
    private PrivateSupply.World withCascLtaForWeek3(String name) {
        PrivateSupply.World w = supply.product(name, 4, Map.of(2, 4000, 5, 2000), 10_000);
        allocations.saveLta(new Lta("LTA-" + w.sku(), new DistributorCode("CASC"), new Sku(w.sku()),
                PrivateSupply.monday(3), PrivateSupply.monday(3).plusDays(6), 200, 50, 0));
        return w;
    }

    private Commitment confirmed(PrivateSupply.World w, int units) {
        String order = submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), w.sku() + "-" + UUID.randomUUID(),
                "NWOS-ASH", w.sku(), units, PrivateSupply.friday(2));
        Commitment c = promises.forDemands(OrderLines.demandRefs(order)).get(0);
        promises.confirm(c.id(), "ops-planner");
        return c;
    }

    @Test
    void a_week_whose_chips_go_to_zero_builds_nothing_and_stock_is_counted_once() {
        PrivateSupply.World w = supply.product("ZERO", 1, Map.of(3, 500), 10_000);
        supply.stock(w, "FRE-HUB", 40);
        QuoteRequest ask = new QuoteRequest(new DistributorCode("PRDC"), new Sku(w.sku()), 10_000,
                PrivateSupply.friday(0), null);
        assertEquals(540, dated(promises.quote(ask).schedule()));
        plan.edit(List.of(new PlanCell(PoolKind.CHIPS, w.chip(), PrivateSupply.monday(3), 0)), "ops-planner",
                "supplier cancelled");
        plan.edit(List.of(new PlanCell(PoolKind.CAPACITY, w.line(), PrivateSupply.monday(4), 9_999)), "ops-planner",
                "a later edit");
        assertEquals(40, dated(promises.quote(ask).schedule()), "only the stock is left, counted once");
    }

    @Test
    void simulating_an_order_shows_what_its_lines_would_get_and_commits_nothing() {
        PrivateSupply.World w = supply.product("SIM", 1, Map.of(2, 500), 10_000);
        QuoteRequest line = new QuoteRequest(new DistributorCode("MAPL"), new Sku(w.sku()), 300,
                PrivateSupply.friday(2), null);
        var lines = promises.simulate(List.of(line, line));
        assertEquals(300, dated(lines.get(0).schedule()));
        assertEquals(200, dated(lines.get(1).schedule()), "the second line sees what the first would take");
        assertEquals(100, lines.get(1).schedule().stream().filter(ScheduleLine::backordered)
                .mapToInt(ScheduleLine::quantity).sum());
        assertEquals(500, dated(promises.quote(new QuoteRequest(new DistributorCode("MAPL"), new Sku(w.sku()), 500,
                PrivateSupply.friday(2), null))
                .schedule()), "nothing was held");
    }

    private static int dated(List<ScheduleLine> schedule) {
        return schedule.stream().filter(s -> !s.backordered()).mapToInt(ScheduleLine::quantity).sum();
    }
}
