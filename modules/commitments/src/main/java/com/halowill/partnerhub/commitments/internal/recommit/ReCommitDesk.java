package com.halowill.partnerhub.commitments.internal.recommit;

import com.halowill.partnerhub.commitments.Move;
import com.halowill.partnerhub.commitments.ReCommitCase;
import com.halowill.partnerhub.commitments.ReCommitPreview;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.internal.engine.StateLoader;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.UnitOfWork;
import com.halowill.partnerhub.inventory.PlanChange;
import com.halowill.partnerhub.inventory.Recipe;
import com.halowill.partnerhub.inventory.SupplyChanged;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Re-commit cases: opened in the very transaction that changes supply when commitments are left
 * uncovered (or backorders could now be filled), previewed on demand, applied on approval under the
 * pool locks. The engine's rule is {@link ReCommitPlanner}.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class ReCommitDesk implements ReCommits {

    public static final String WHY = "Re-committed after a supply change";
    /** Begins what a line that gave units back is told, before the supply that fell short under it. */
    private static final String FELL_SHORT = "the supply this line was promised from fell short: ";

    private final StateLoader loader;
    private final CommitmentRows commitmentRows;
    private final UnitOfWork work;
    private final ReCommitCases cases;

    public ReCommitDesk(StateLoader loader, CommitmentRows commitmentRows, UnitOfWork work, ReCommitCases cases) {
        this.loader = loader;
        this.commitmentRows = commitmentRows;
        this.work = work;
        this.cases = cases;
    }

    /** A supply change never fails: if it leaves commitments uncovered or could fill backorders, a case opens. */
    public void onSupplyChanged(@Observes SupplyChanged event) {
        SupplyState s = loader.everything(false).state();
        boolean uncovered = s.firstShortage(Set.of()).isPresent();
        if (uncovered || !cases.backorderedSkus().isEmpty()) {
            cases.open(event.actor(), (uncovered ? "Supply no longer covers every commitment" : "New supply may fill "
                    + "backorders") + " (supply plan version " + event.version() + ")");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReCommitCase> openCase() {
        return cases.current();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReCommitCase> cases(int limit) {
        return cases.list(limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReCommitPreview preview() {
        StateLoader.Loaded l = loader.everything(false);
        return preview(l.state());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReCommitPreview simulate(List<PlanChange> changes) {
        SupplyState s = loader.everything(false).state();
        for (PlanChange c : changes) {
            switch (c.kind()) {
                case CHIPS -> s.setChipSupply(c.key(), LocalDate.parse(c.place()), c.after());
                case CAPACITY -> s.setCapacity(c.key(), LocalDate.parse(c.place()), c.after());
                case STOCK -> s.setOnHand(c.key(), c.place(), c.after());
            }
        }
        return preview(s);
    }

    private ReCommitPreview preview(SupplyState s) {
        ReCommitPlanner.Result r = ReCommitPlanner.plan(s, affected(s), WHY);
        List<Move> moves = r.moves();
        Optional<ReCommitCase> open = cases.current();
        return new ReCommitPreview(open.map(ReCommitCase::id).orElse(null), open.map(ReCommitCase::reason).orElse(null),
                moves, r.uncoveredUnits(), ReCommitPlanner.ltasAtRisk(s, moves), r.unresolved());
    }

    @Override
    public ReCommitCase approve(long caseId, String planner) {
        ReCommitCase open = cases.lock().filter(c -> c.id() == caseId)
                .orElseThrow(() -> new NoSuchElementException("re-commit case " + caseId + " is not open"));
        long t0 = System.nanoTime();
        StateLoader.Loaded l = loader.everything(true);
        List<Booked> affected = affected(l.state());
        long t1 = System.nanoTime();
        ReCommitPlanner.Result r = ReCommitPlanner.plan(l.state(), affected, WHY);
        long t2 = System.nanoTime();
        CommitmentChange change = CommitmentChange.ofRun(r.replans(), l.totals(), planner, ReasonCode.SUPPLY_CHANGE,
                open.reason());
        r.causes().forEach((b, cause) -> change.tell(b, FELL_SHORT + cause));
        work.apply(change);
        int moved = change.told();
        Log.infof("re-commit case %d: %d open commitments read in %d ms, planned in %d ms, %d changed and written in"
                + " %d ms", caseId, affected.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, moved,
                (System.nanoTime() - t2) / 1_000_000);
        long late = r.moves().stream().filter(m -> m.daysMoved() != null && m.daysMoved() > 0).count();
        int backordered = r.moves().stream().mapToInt(m -> Math.max(0, m.backorderedAfter() - m.backorderedBefore()))
                .sum();
        Map<String, Long> told = new TreeMap<>(r.moves().stream()
                .collect(Collectors.groupingBy(m -> m.distributor().value(),
                Collectors.counting())));
        String outcome = moved + " commitments changed (" + late + " later, " + backordered
                + " units newly backordered, " + r.uncoveredUnits() + " units had lost their supply"
                + (r.resourcedUnits() == 0 ? "" : ", " + r.resourcedUnits() + " of them now from other supply by the"
                        + " same dates") + ")"
                + (told.isEmpty() ? "" : "; told " + told.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue()
                        + (e.getValue() == 1 ? " line" : " lines") + ")").collect(Collectors.joining(", "))
                        + " on their dashboards and order pages and by commitment.changed webhooks")
                + (r.unresolved().isEmpty() ? "" : "; unresolved: " + String.join("; ", r.unresolved()));
        return cases.close(caseId, planner, outcome);
    }

    /**
     * The open commitments a re-commit may touch: those of every product drawing on a pool that is short, and
     * those of products with backorders (new supply may fill them). Others cannot move, so they are not read.
     */
    private List<Booked> affected(SupplyState s) {
        Set<String> shortFamilies = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Optional<SupplyState.Shortage> x = s.firstShortage(seen); x.isPresent(); x = s.firstShortage(seen)) {
            seen.add(x.get().family());
            shortFamilies.add(x.get().kind() + ":" + x.get().key());
        }
        Set<String> skus = new HashSet<>(cases.backorderedSkus());
        for (Recipe r : s.recipes.values()) {
            boolean touches = shortFamilies.contains("STOCK:" + r.sku())
                    || r.chipsPerUnit().keySet().stream().anyMatch(c -> shortFamilies.contains("CHIPS:" + c))
                    || r.lines().stream().anyMatch(l -> shortFamilies.contains("CAPACITY:" + l));
            if (touches) {
                skus.add(r.sku().value());
            }
        }
        return skus.isEmpty() ? List.of() : List.copyOf(commitmentRows.open(skus).values());
    }
}
