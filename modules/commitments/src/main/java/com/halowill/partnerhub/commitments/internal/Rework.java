package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.SupplyPools;
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
        pools.apply(moves);
        rules.save(totals);
        ledger.updateAll(written);
        ledger.history(moved, actor, "MOVED", reason, note, now);
        if (!changes.isEmpty()) {
            changed.fire(new CommitmentsChanged(changes));
        }
        return changes.size();
    }
}
