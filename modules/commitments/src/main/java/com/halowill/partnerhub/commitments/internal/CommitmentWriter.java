package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.SupplyPools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes one re-planned commitment in the caller's transaction (which holds the pool locks): its pool moves, the
 * LTA and cap totals, the commitment, one history entry with the reason, and the {@link CommitmentsChanged} event.
 */
@ApplicationScoped
class CommitmentWriter {

    private final SupplyPools pools;
    private final AllocationRules rules;
    private final Ledger ledger;
    private final Event<CommitmentsChanged> changed;
    private final Clock clock;

    CommitmentWriter(SupplyPools pools, AllocationRules rules, Ledger ledger, Event<CommitmentsChanged> changed,
            Clock clock) {
        this.pools = pools;
        this.rules = rules;
        this.ledger = ledger;
        this.changed = changed;
        this.clock = clock;
    }

    Commitment write(Booked b, StateLoader.Loaded l, List<PoolMove> moves, List<ScheduleLine> before, String actor,
            String action, ReasonCode reason, String note) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        b.updatedAt = now;
        pools.apply(moves);
        rules.save(l.totals());
        ledger.update(b);
        ledger.history(List.of(b), actor, action, reason, note, now);
        Commitment view = b.view();
        changed.fire(new CommitmentsChanged(List.of(new CommitmentChanged(view, before, reason, actor, now))));
        return view;
    }
}
