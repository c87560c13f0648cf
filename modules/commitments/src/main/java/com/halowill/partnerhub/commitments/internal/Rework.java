package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.SupplyPools;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's re-planned commitments in the caller's transaction (which holds the pool locks): pool
 * moves, LTA and cap totals, the commitments, one history entry each with the reason, one event.
 */
@ApplicationScoped
class Rework {

    private final SupplyPools pools;
    private final AllocationRules rules;
    private final Ledger ledger;
    private final Event<CommitmentsChanged> changed;
    private final Clock clock;

    Rework(SupplyPools pools, AllocationRules rules, Ledger ledger, Event<CommitmentsChanged> changed, Clock clock) {
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.changed = changed;
        this.clock = clock;
    }

    /** Returns how many commitments changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    int apply(List<Replan> replans, AllocationTotals totals, String actor, ReasonCode reason, String note) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<PoolMove> moves = new ArrayList<>();
        List<Booked> written = new ArrayList<>();
        List<Booked> moved = new ArrayList<>();
        List<CommitmentChanged> changes = new ArrayList<>();
        for (Replan r : replans) {
            moves.addAll(r.moves());
            if (r.released().isEmpty() && r.added().isEmpty()) {
                continue;
            }
            Booked b = r.commitment();
            r.applyTo(b);
            b.updatedAt = now;
            written.add(b);
            if (r.changed()) {
                moved.add(b);
                changes.add(new CommitmentChanged(b.view(), r.before(), reason, actor, now));
            }
        }
        long t0 = System.nanoTime();
        pools.apply(moves);
        rules.save(totals);
        long t1 = System.nanoTime();
        ledger.updateAll(written);
        long t2 = System.nanoTime();
        ledger.history(moved, actor, "MOVED", reason, note, now);
        long t3 = System.nanoTime();
        if (!changes.isEmpty()) {
            changed.fire(new CommitmentsChanged(changes));
        }
        Log.debugf("rework: pools %d ms, %d commitments %d ms, history %d ms, observers %d ms",
                (t1 - t0) / 1_000_000, written.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (System.nanoTime() - t3) / 1_000_000);
        return changes.size();
    }
}
