package com.halowill.partnerhub.commitments.internal.buildahead;

import com.halowill.partnerhub.commitments.BuildsAhead;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.commitments.internal.engine.StateLoader;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import com.halowill.partnerhub.commitments.internal.store.UnitOfWork;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Runs the build-ahead rule ({@link BuildAheadPlanner}) under the pool locks and writes what it moved, untold. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class BuildAheadDesk implements BuildsAhead {

    public static final String WHY = "Built ahead with line capacity free on the last day of an earlier build";

    private final StateLoader loader;
    private final CommitmentRows commitmentRows;
    private final UnitOfWork work;

    public BuildAheadDesk(StateLoader loader, CommitmentRows commitmentRows, UnitOfWork work) {
        this.loader = loader;
        this.commitmentRows = commitmentRows;
        this.work = work;
    }

    @Override
    public int buildAhead(String actor) {
        return run(actor, line -> true);
    }

    @Override
    public int buildAhead(String actor, Collection<String> lines) {
        return run(actor, Set.copyOf(lines)::contains);
    }

    private int run(String actor, Predicate<String> inScope) {
        if (!Weeks.isReadyDay(loader.today())) {
            return 0; // no build is ready today: not a pool lock taken
        }
        StateLoader.Loaded l = loader.everything(true);
        SupplyState s = l.state();
        List<String> skus = s.recipes.values().stream()
                .filter(r -> r.buildable() && r.lines().stream().anyMatch(inScope)).map(r -> r.sku().value()).toList();
        if (skus.isEmpty()) {
            return 0;
        }
        List<Replan> replans = BuildAheadPlanner.plan(s, List.copyOf(commitmentRows.open(skus).values()), WHY,
                inScope);
        if (replans.isEmpty()) {
            return 0;
        }
        work.apply(CommitmentChange.ofRun(replans, l.totals(), actor, ReasonCode.SUPPLY_CHANGE, WHY));
        LocalDate thisWeek = Weeks.monday(s.today);
        int units = replans.stream().flatMap(r -> r.added().stream()).filter(a -> thisWeek.equals(a.week()))
                .mapToInt(Allocation::units).sum();
        Log.infof("build-ahead on %s: %d units of %d commitments made in the build ready today", s.today, units,
                replans.size());
        return units;
    }
}
