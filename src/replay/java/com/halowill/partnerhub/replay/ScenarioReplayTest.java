package com.halowill.partnerhub.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.orders.OrderIntake;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The 26-week scenario replay. In the test suite it plays the orders placed in the first five weeks (the
 * disruption included) and checks the promises held; {@code -Dpartnerhub.replay.full=true} (src/replay/replay.sh)
 * plays the whole file and writes docs/promise-quality.md.
 */
@QuarkusTest
@TestProfile(ReplayProfile.class)
class ScenarioReplayTest {

    static final LocalDate START = LocalDate.of(2026, 11, 27);
    static final LocalDate DISRUPTION = LocalDate.of(2026, 12, 14);
    static final String COMMAND = "src/replay/replay.sh            # or: src/replay/replay.sh path/to/demand.csv";

    @Inject
    OrderIntake intake;
    @Inject
    Promises promises;
    @Inject
    ReCommits reCommits;
    @Inject
    SupplyPlan plan;
    @Inject
    Shipments shipments;
    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_seed_scenario_keeps_its_promises_and_beats_first_come_first_served() throws Exception {
        boolean full = Boolean.getBoolean("partnerhub.replay.full");
        Path file = Path.of(System.getProperty("partnerhub.replay.demand",
                Path.of(System.getProperty("partnerhub.project.root", "../.."), "src/replay/data/demand_26w.csv")
                        .toString()));
        List<DemandLine> demand = DemandLine.read(file);
        if (!full) {
            demand = demand.stream().filter(l -> l.placedOn().isBefore(START.plusWeeks(5))).toList();
        }
        LocalDate end = demand.stream().map(DemandLine::requested).max(LocalDate::compareTo).orElseThrow()
                .plusWeeks(1);
        String disrupted = SeedWorld.text("component_supply.csv");
        SeedWorld world = SeedWorld.load();

        long began = System.nanoTime();
        PlatformReplay.Result p = new PlatformReplay(new PlatformReplay.Services(intake, promises, reCommits, plan,
                shipments, clock)).run(demand, disrupted, START, DISRUPTION, end);
        ErpBaseline.Result e = new ErpBaseline(world).run(demand,
                SeedWorld.chips(disrupted.replaceAll("(?m)^EML-100G,(\\S+),24000$", "EML-100G,$1,48000")),
                SeedWorld.chips(disrupted), START, DISRUPTION, end);
        double seconds = (System.nanoTime() - began) / 1e9;
        QualityReport ours = QualityReport.of(p.lines(), world.ltas(), p.promisedTwice(), p.movesSeen(),
                p.movesExplained());
        QualityReport erp = QualityReport.of(e.lines(), world.ltas(), e.promisedTwice(), e.slipped(), 0);
        String md = QualityReport.markdown(COMMAND, file.getFileName().toString(), demand, START, DISRUPTION, end, ours,
                p, erp, e, seconds);
        Path report = Path.of(System.getProperty("partnerhub.replay.report", "target/promise-quality.md"));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md);
        Log.infof("Replay written to %s:%n%s", report.toAbsolutePath(), ours.lines());

        assertEquals(0, p.rejectedOrders(), "every PO of the scenario is valid");
        assertEquals(0, ours.promisedTwice(), "no unit is ever promised twice");
        assertEquals(1.0, ours.movesExplained(), "every moved date is explained");
        assertTrue(erp.promisedTwice() > 0, "the ERP way keeps dates the cut left without supply");
        assertTrue(ours.ltaFill() > erp.ltaFill(), "protection keeps LTA volume: " + ours.ltaFill() + " vs "
                + erp.ltaFill());
        assertTrue(ours.otifLast() > erp.otifLast(), "dates held: " + ours.otifLast() + " vs " + erp.otifLast());
        for (String d : QualityReport.DISTRIBUTORS) {
            assertTrue(ours.fill().get(d) >= erp.fill().get(d), d + " is served at least as well");
        }
    }
}
