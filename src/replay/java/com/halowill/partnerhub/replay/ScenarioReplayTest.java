package com.halowill.partnerhub.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.app.demo.DemandLine;
import com.halowill.partnerhub.app.demo.ScenarioDesk;
import com.halowill.partnerhub.commitments.Promises;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scenario replays. In the test suite each scenario plays the POs placed before {@link #REDUCED} (every supply
 * event included) and must meet the targets; {@code -Dpartnerhub.replay.full=true} (src/replay/replay.sh) plays the
 * whole files and writes docs/promise-quality.md; {@code -Dpartnerhub.replay.demand} (and {@code .events}) gives
 * the fourth test other files. OTIF vs first date is held above the ERP way's everywhere, and on every scenario with
 * cuts at least as high as the same engine's without protection (the report says whether it is higher).
 * {@code -Dpartnerhub.replay.trace=true} logs every move seen, by Partner Hub and by the engine without protection,
 * and every LTA call-off within LTA volume that did not ship by its requested date (all three ways).
 */
@QuarkusTest
@TestProfile(ReplayProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioReplayTest {

    /** The suite plays the POs placed before this day: every supply event of the scenarios falls in its span. */
    static final LocalDate REDUCED = LocalDate.of(2027, 2, 15);

    private static final List<QualityReport.Outcome> OUTCOMES = new ArrayList<>();
    private static final boolean FULL = Boolean.getBoolean("partnerhub.replay.full");
    private static final String CUSTOM = System.getProperty("partnerhub.replay.demand");

    @Inject
    ScenarioDesk desk;
    @Inject
    Promises promises;
    @Inject
    MovableClock clock;
    @Inject
    ReplayWorld replayWorld;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @Order(1)
    void the_seed_scenario_keeps_its_dates_and_every_lta_call_off() throws Exception {
        QualityReport.Outcome o = play(named("seed", "demand_26w.csv", "supply_events.csv"));
        assertTrue(o.platform().otifFirst() >= 0.98, "OTIF vs first date on the seed scenario: "
                + o.platform().otifFirst());
    }

    /**
     * At the seed's load the lines have capacity to spare: each Friday they build units of later weeks ahead, so the
     * short-notice cuts of February find those units made already and no date has to move (without build-ahead the
     * PEN-L2 cut takes supply from promised units and opens a re-commit).
     */
    @Test
    @Order(2)
    void short_notice_cuts_at_the_seed_load_move_no_date_because_the_lines_built_ahead() throws Exception {
        QualityReport.Outcome o = play(named("short notice", "demand_26w.csv", "supply_events_late.csv"));
        List<String> cuts = o.supplyDays().stream().filter(d -> d.startsWith("2027-02")).toList();
        assertEquals(2, cuts.size(), "both short-notice cuts were imported: " + o.supplyDays());
        assertTrue(cuts.stream().allMatch(d -> d.endsWith("no re-commit case opened")), "the cuts took no promised "
                + "unit: " + cuts);
        assertEquals(0, o.platform().moves(), "no date moved");
        assertTrue(o.builtAhead() > 0, "the lines built units of later weeks ahead: " + o.builtAhead());
    }

    /**
     * Oversold, the lines have nothing to build ahead with: the short-notice cuts take promised units, the re-commit
     * moves dates, each with its reason, and tells the partners; LTA protection keeps more LTA volume than the same
     * engine without it.
     */
    @Test
    @Order(3)
    void oversold_cuts_move_dates_with_their_reasons_and_lta_volume_is_kept() throws Exception {
        QualityReport.Outcome o = play(named("oversold", "demand_oversold.csv", "supply_events_late.csv"));
        assertTrue(o.supplyDays().stream().anyMatch(d -> d.contains("re-commit approved") && d.contains("told ")),
                "a cut of weeks already promised moves dates and the partners are told: " + o.supplyDays());
        assertTrue(o.platform().moves() > 0 && o.platform().explained() == o.platform().moves(),
                "moves with their reasons: " + o.platform().explained() + " of " + o.platform().moves());
        assertTrue(o.platform().ltaFill() > o.unprotected().ltaFill(), "protection is what keeps LTA volume: "
                + o.platform().ltaFill() + " vs " + o.unprotected().ltaFill() + " without it");
    }

    /**
     * The targets hold for other demand: by default an oversold file of another seed, or the files given on the
     * command line ({@code src/replay/replay.sh demand.csv [events.csv]} runs this test alone).
     */
    @Test
    @Order(4)
    void another_scenario_meets_the_same_targets() throws Exception {
        Scenario other = CUSTOM == null ? named("oversold, seed 11", "demand_oversold_seed11.csv",
                "supply_events_late.csv")
                : Scenario.read(Path.of(CUSTOM).getFileName().toString(), Path.of(CUSTOM),
                        Path.of(System.getProperty("partnerhub.replay.events", data("supply_events.csv").toString())));
        play(other);
    }

    /**
     * An oversold file whose cut leaves LTA protection with no chips behind it: the re-commit yields that protection
     * for good, so the LTA call-offs placed after the cut for later weeks still find their own (seed 13).
     */
    @Test
    @Order(5)
    void protection_a_cut_left_unbuildable_does_not_cost_later_call_offs_their_volume() throws Exception {
        play(named("oversold, seed 13", "demand_oversold_seed13.csv", "supply_events_late.csv"));
    }

    /**
     * An oversold file where the February cut leaves CASC's protection for two weeks later with nothing behind it
     * and a CASC call-off for that week comes in the same morning: the call-off takes its LTA volume back from lines
     * without an LTA, which are told (seed 42; ADR 16).
     */
    @Test
    @Order(6)
    void a_call_off_for_volume_a_cut_left_to_others_takes_it_back_from_lines_without_lta() throws Exception {
        QualityReport.Outcome o = play(named("oversold, seed 42", "demand_oversold_seed42.csv",
                "supply_events_late.csv"));
        assertEquals(null, o.ltaShortfall(), "the supply as finally known covers every quota");
        assertEquals(1.0, o.platform().ltaFill(), "every call-off within LTA volume ships by its requested date");
    }

    @AfterAll
    static void writeReport() throws Exception {
        if (OUTCOMES.isEmpty()) {
            return;
        }
        Path report = Path.of(System.getProperty("partnerhub.replay.report", "target/promise-quality.md"));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, QualityReport.markdown(OUTCOMES));
        Log.infof("Replay written to %s", report.toAbsolutePath());
    }

    /** The targets every scenario must meet; OTIF vs first date held above the ERP way's. */
    private static void meetsTheTargets(QualityReport.Outcome o) {
        assertEquals(0, o.rejectedOrders(), "every PO of the scenario is valid");
        assertEquals(0, o.platform().promisedTwice(), "no unit is ever promised twice");
        assertEquals(o.platform().moves(), o.platform().explained(), "every move has its reason and history");
        if (o.ltaShortfall() == null) {
            assertEquals(1.0, o.platform().ltaFill(), "the supply covers the LTA quotas, so every call-off within "
                    + "LTA volume ships by its requested date");
        }
        beatsTheErpWay(o);
    }

    private static void beatsTheErpWay(QualityReport.Outcome o) {
        assertTrue(o.platform().otifFirst() > o.erp().otifFirst(), "OTIF vs first date above the ERP way: "
                + o.platform().otifFirst() + " vs " + o.erp().otifFirst());
        if (!o.scenario().seed()) {
            assertTrue(o.platform().otifFirst() >= o.unprotected().otifFirst(), "OTIF vs first date not below the "
                    + "same engine's without protection: " + o.platform().otifFirst() + " vs "
                    + o.unprotected().otifFirst());
        }
    }

    private Scenario named(String name, String demand, String events) throws Exception {
        Scenario s = Scenario.read(name, data(demand), data(events));
        return FULL ? s : s.placedBefore(REDUCED);
    }

    private static Path data(String file) {
        return Path.of(System.getProperty("partnerhub.project.root", "../.."), "src/replay/data", file);
    }

    private QualityReport.Outcome play(Scenario scenario) {
        SeedWorld world = SeedWorld.load();
        LocalDate end = scenario.end(new PlanBook(world));
        long began = System.nanoTime();
        PlatformReplay.Services services = new PlatformReplay.Services(desk, promises);
        PlatformReplay.Result ours = run(scenario, end, world, services, true);
        double ourSeconds = (System.nanoTime() - began) / 1e9;
        PlatformReplay.Result bare = run(scenario, end, world, services, false);
        ErpBaseline.Result erp = new ErpBaseline(world).run(scenario, end);
        double seconds = (System.nanoTime() - began) / 1e9;
        Map<DemandLine, Integer> ltaVolume = LtaVolume.split(scenario.demand(), world.ltas());
        PlanBook last = new PlanBook(world);
        last.applyAll(scenario.events());
        QualityReport.Outcome o = new QualityReport.Outcome(scenario, end,
                Quality.of(ours.lines(), ours.moves(), ours.promisedTwice(), ltaVolume),
                Quality.of(bare.lines(), bare.moves(), bare.promisedTwice(), ltaVolume),
                Quality.of(erp.lines(), List.of(), erp.promisedTwice(), ltaVolume), ours.supplyDays(),
                ours.builtAhead(), LtaVolume.shortfall(world, last), ours.rejectedOrders(), ours.heldOrders(), seconds,
                ourSeconds);
        OUTCOMES.add(o);
        if (Boolean.getBoolean("partnerhub.replay.trace")) {
            trace("Partner Hub", ours.moves());
            trace("without protection", bare.moves());
            ours.supplyDays().forEach(d -> Log.infof("supply day (Partner Hub) %s", d));
            bare.supplyDays().forEach(d -> Log.infof("supply day (without protection) %s", d));
        }
        Log.infof("Replay %s:%n%s", scenario.name(), QualityReport.section(o));
        meetsTheTargets(o);
        return o;
    }

    /** Logs every move a run saw: the day, the line, its first schedule, and the schedule before and after. */
    private static void trace(String who, List<MoveSeen> moves) {
        moves.forEach(m -> Log.infof("move seen (%s) %s: %s line %d, %s, %s, requested %s; first %s; %s -> %s", who,
                m.day(), m.line().line.po(), m.line().line.lineNumber(), m.line().line.distributor(),
                m.line().line.sku(), m.line().line.requested(), LineStory.text(m.line().seen.get(0).schedule()),
                LineStory.text(m.before()), LineStory.text(m.after())));
    }

    private PlatformReplay.Result run(Scenario scenario, LocalDate end, SeedWorld world,
            PlatformReplay.Services services, boolean protect) {
        clock.set(Scenario.START.atTime(6, 0).toInstant(ZoneOffset.UTC));
        replayWorld.reset(protect);
        long began = System.nanoTime();
        PlatformReplay.Result r = new PlatformReplay(services, world).run(scenario, end);
        Log.infof("replay %s (%s): %.1f s", scenario.name(), protect ? "Partner Hub" : "without protection",
                (System.nanoTime() - began) / 1e9);
        return r;
    }
}
