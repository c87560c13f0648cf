package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.commitments.BuildsAhead;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On a build's last day its free line capacity makes units of later builds: dates stay, pools follow, a later cut of
 * those builds finds less to take, and two instances doing it at once move each unit once.
 */
@QuarkusTest
class BuildAheadTest {

    @Inject
    Promises promises;
    @Inject
    BuildsAhead buildsAhead;
    @Inject
    ReCommits reCommits;
    @Inject
    SupplyPlan plan;
    @Inject
    PrivateSupply supply;
    @Inject
    MovableClock clock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private Commitment confirmed(PrivateSupply.World w, int units, LocalDate requested) {
        String order = submit(Tokens.erp("nwos"), UUID.randomUUID().toString(), w.sku() + "-" + UUID.randomUUID(),
                "NWOS-ASH", w.sku(), units, requested);
        Commitment c = promises.forDemands(OrderLines.demandRefs(order)).get(0);
        promises.confirm(c.id(), "ops-planner");
        return promises.find(c.id()).orElseThrow();
    }

    private String schedule(Commitment c) {
        return String.join(",", promises.find(c.id()).orElseThrow().schedule().stream()
                .map(s -> s.quantity() + "@" + s.shipDate()).toList());
    }

    /** Units of the line's week held or confirmed. */
    private int used(PrivateSupply.World w, int week) {
        int[] t = supply.capacityTotals(w, PrivateSupply.monday(week));
        return t[1] + t[2];
    }

    private void endOfDay(int week) {
        clock.set(PrivateSupply.friday(week).atTime(17, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void the_build_ready_today_makes_later_units_ahead_and_a_cut_of_their_weeks_then_moves_no_date() {
        PrivateSupply.World w = supply.product("AHEAD", 4, Map.of(1, 40_000), 1000);
        Commitment later = confirmed(w, 800, PrivateSupply.friday(3));
        Commitment sooner = confirmed(w, 600, PrivateSupply.friday(2));
        assertArrayEquals(new int[] {0, 600, 800}, new int[] {used(w, 1), used(w, 2), used(w, 3)},
                "each line is built just in time at intake");
        int history = promises.history(List.of(later.demandRef(), sooner.demandRef())).size();

        endOfDay(1);
        assertEquals(1000, buildsAhead.buildAhead("ops-planner", Set.of(w.line())));

        assertArrayEquals(new int[] {1000, 0, 400}, new int[] {used(w, 1), used(w, 2), used(w, 3)},
                "week 1's free 1000 make the nearest build's 600, then 400 of the next");
        assertEquals("800@" + PrivateSupply.friday(3), schedule(later));
        assertEquals("600@" + PrivateSupply.friday(2), schedule(sooner));
        assertEquals(history, promises.history(List.of(later.demandRef(), sooner.demandRef())).size(),
                "no date moved, so no history entry and nobody is told");
        assertTrue(promises.find(sooner.id()).orElseThrow().schedule().get(0).sources().get(0)
                .contains("built week of " + PrivateSupply.monday(1)), "the line says where its units come from");

        plan.edit(List.of(new PlanCell(PoolKind.CAPACITY, w.line(), PrivateSupply.monday(2), 0),
                new PlanCell(PoolKind.CAPACITY, w.line(), PrivateSupply.monday(3), 400)), "ops-planner",
                "line maintenance");
        assertEquals(List.of(), reCommits.preview().moves().stream().filter(m -> m.commitmentId().equals(later.id())
                || m.commitmentId().equals(sooner.id())).toList(),
                "the cut weeks only lose capacity nothing uses any more");
    }

    @Test
    void on_a_day_no_build_is_ready_it_waits_for_no_pool_lock() throws Exception {
        PrivateSupply.World w = supply.product("AHEAD3", 4, Map.of(1, 40_000), 1000);
        confirmed(w, 700, PrivateSupply.friday(3));
        clock.set(PrivateSupply.friday(1).minusDays(1).atTime(17, 0).toInstant(ZoneOffset.UTC));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("select family from inventory.pool_family order by family for update");
            }
            Future<Integer> run = pool.submit(() -> buildsAhead.buildAhead("ops-planner"));
            assertEquals(0, run.get(60, TimeUnit.SECONDS), "a Thursday has nothing to build ahead, so the daily job "
                    + "does not queue behind the intake holding the pools");
            other.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(new int[] {0, 0, 700}, new int[] {used(w, 1), used(w, 2), used(w, 3)}, "nothing moved");
    }

    @Test
    void two_instances_building_ahead_at_once_move_each_unit_once() throws Exception {
        PrivateSupply.World w = supply.product("AHEAD2", 4, Map.of(1, 40_000), 1000);
        confirmed(w, 700, PrivateSupply.friday(2));
        confirmed(w, 700, PrivateSupply.friday(3));
        endOfDay(1);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of("ops-a", "ops-b").stream().map(actor -> pool.submit(() -> {
                together.await();
                return buildsAhead.buildAhead(actor, Set.of(w.line()));
            })).toList();
            assertEquals(1000, runs.get(0).get() + runs.get(1).get(), "one run moves what fits, the other finds "
                    + "nothing left");
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(new int[] {1000, 0, 400}, new int[] {used(w, 1), used(w, 2), used(w, 3)},
                "week 1 is full, never over, and every unit is held once");
    }
}
