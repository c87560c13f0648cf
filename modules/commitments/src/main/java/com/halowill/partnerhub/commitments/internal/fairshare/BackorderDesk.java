package com.halowill.partnerhub.commitments.internal.fairshare;

import com.halowill.partnerhub.commitments.BackorderProcessing;
import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.RunPreview;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationStore;
import com.halowill.partnerhub.commitments.internal.engine.StateLoader;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.Replan;
import com.halowill.partnerhub.commitments.internal.store.UnitOfWork;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Backorder runs: simulated on a plain reading, applied under every pool lock with the same rule. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class BackorderDesk implements BackorderProcessing {

    private final StateLoader loader;
    private final CommitmentRows commitmentRows;
    private final UnitOfWork work;
    private final AllocationStore store;

    public BackorderDesk(StateLoader loader, CommitmentRows commitmentRows, UnitOfWork work, AllocationStore store) {
        this.loader = loader;
        this.commitmentRows = commitmentRows;
        this.work = work;
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RunPreview simulate(BackorderRun run) {
        StateLoader.Loaded l = loader.everything(false);
        BackorderPlanner.Result r = plan(l.state(), run);
        return new RunPreview(run, moves(r), r.impact(), false);
    }

    @Override
    public RunPreview apply(BackorderRun run, String planner) {
        long t0 = System.nanoTime();
        StateLoader.Loaded l = loader.everything(true);
        BackorderPlanner.Result r = plan(l.state(), run);
        long t1 = System.nanoTime();
        CommitmentChange change = CommitmentChange.ofRun(r.replans(), l.totals(), planner, ReasonCode.BACKORDER_RUN,
                describe(run));
        work.apply(change);
        int changed = change.told();
        Log.infof("backorder run (%s): %d commitments read and planned in %d ms, %d changed and written in %d ms",
                describe(run), r.replans().size(), (t1 - t0) / 1_000_000, changed,
                        (System.nanoTime() - t1) / 1_000_000);
        return new RunPreview(run, moves(r), r.impact(), true);
    }

    private BackorderPlanner.Result plan(SupplyState s, BackorderRun run) {
        if (run.rule() == null) {
            throw new IllegalArgumentException("choose a rule: first come or fair share");
        }
        Set<String> skus = s.recipes.values().stream()
                .filter(r -> run.sku() == null || r.sku().equals(run.sku()))
                .filter(r -> run.component() == null || r.chipsPerUnit().containsKey(run.component()))
                .map(r -> r.sku().value()).collect(Collectors.toSet());
        List<Booked> scope = skus.isEmpty() ? List.of() : List.copyOf(commitmentRows.open(skus).values());
        return BackorderPlanner.plan(s, scope, run, store.weights(), "Re-promised by backorder processing ("
                + describe(run) + ")");
    }

    private static List<com.halowill.partnerhub.commitments.Move> moves(BackorderPlanner.Result r) {
        return r.replans().stream().filter(Replan::changed).map(Replan::move).toList();
    }

    public static String describe(BackorderRun run) {
        String scope = run.sku() != null ? run.sku().value()
                : run.component() != null ? "products using " + run.component()
                : "all products";
        return (run.rule() == null ? "" : run.rule().name().toLowerCase().replace('_', ' ')) + ", " + scope
                + (run.includeConfirmed() ? ", confirmed included" : "");
    }
}
