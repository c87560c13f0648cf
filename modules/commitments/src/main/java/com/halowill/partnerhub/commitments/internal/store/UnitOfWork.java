package com.halowill.partnerhub.commitments.internal.store;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationStore;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationTotals;
import com.halowill.partnerhub.commitments.internal.engine.StateLoader;
import com.halowill.partnerhub.commitments.internal.engine.SupplyState;
import com.halowill.partnerhub.inventory.SupplyPools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The one place commitments are locked and written. Lock order, everywhere: the pool families of the products
 * concerned first (with the LTAs and caps read after them, {@link StateLoader}), then the commitment rows. A
 * {@link CommitmentChange} is written in one order: new commitments with their history, pool moves, allocation
 * totals, LTA weeks shipped, changed rows, their history, and one {@link CommitmentsChanged} event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnitOfWork {

    /** The engine's state over the locked pools, and the locked commitments by id. */
    public record Locked(StateLoader.Loaded loaded, Map<UUID, Booked> commitments) {

        public SupplyState state() {
            return loaded.state();
        }

        public AllocationTotals totals() {
            return loaded.totals();
        }
    }

    private final StateLoader loader;
    private final SupplyPools pools;
    private final AllocationStore store;
    private final CommitmentRows commitmentRows;
    private final EntityManager em;
    private final Event<CommitmentsChanged> changed;
    private final Clock clock;

    public UnitOfWork(StateLoader loader, SupplyPools pools, AllocationStore store, CommitmentRows commitmentRows,
            EntityManager em,
            Event<CommitmentsChanged> changed, Clock clock) {
        this.loader = loader;
        this.pools = pools;
        this.store = store;
        this.commitmentRows = commitmentRows;
        this.em = em;
        this.changed = changed;
        this.clock = clock;
    }

    /** Locks the pools of these commitments' products (with the engine's state over them), then the commitments. */
    public Locked lock(Collection<UUID> ids) {
        StateLoader.Loaded l = loader.load(skus(existing(ids).values()), true);
        return new Locked(l, commitmentRows.byIds(ids, true));
    }

    /** Locks the pool families of these commitments' products only (no engine state), then the commitments. */
    public Map<UUID, Booked> lockRows(Collection<UUID> ids) {
        return lockPoolsThen(existing(ids).values());
    }

    /** The commitments as they are now, unlocked; every id must name one. */
    private Map<UUID, Booked> existing(Collection<UUID> ids) {
        Map<UUID, Booked> peek = commitmentRows.byIds(ids, false);
        for (UUID id : ids) {
            if (!peek.containsKey(id)) {
                throw new NoSuchElementException("no commitment " + id);
            }
        }
        return peek;
    }

    private static List<String> skus(Collection<Booked> commitments) {
        return commitments.stream().map(b -> b.sku).distinct().sorted().toList();
    }

    /** Locks the pool families of these products only (no engine state), then the commitments. */
    public Map<UUID, Booked> lockPoolsThen(Collection<Booked> peeked) {
        pools.snapshot(Sku.all(skus(peeked)), true);
        return commitmentRows.byIds(peeked.stream().map(b -> b.id).toList(), true);
    }

    /** The clock's now, as the rows keep it. */
    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Writes the change in the caller's transaction (which holds the locks); returns when it happened. */
    public Instant apply(CommitmentChange c) {
        Instant now = c.at != null ? c.at : now();
        commitmentRows.insertWithHistory(c.proposed, c.actor, c.action, c.reason, now);
        pools.apply(c.moves);
        if (c.totals != null) {
            store.save(c.totals);
        }
        for (Booked.LtaShipped s : c.ltaShipped) {
            em.createNativeQuery("""
                    update commitments.lta_week set shipped = shipped + ?1 where lta_code = ?2 and week_start = ?3""")
                    .setParameter(1, s.units()).setParameter(2, s.ltaCode()).setParameter(3, s.week())
                    .executeUpdate();
        }
        c.requestsChanged.forEach(commitmentRows::updateRequest);
        List<Booked> written = new ArrayList<>();
        List<Booked> told = new ArrayList<>();
        List<CommitmentChanged> events = new ArrayList<>();
        for (CommitmentChange.Changed x : c.changed) {
            x.commitment().updatedAt = now;
            written.add(x.commitment());
            if (x.told()) {
                told.add(x.commitment());
                events.add(new CommitmentChanged(x.commitment().view(), x.before(), c.reason, c.actor, now));
            }
        }
        commitmentRows.updateAll(written);
        Map<String, List<Booked>> byNote = new LinkedHashMap<>();
        told.forEach(b -> byNote.computeIfAbsent(c.noteFor(b), k -> new ArrayList<>()).add(b));
        byNote.forEach((note, list) -> commitmentRows.history(list, c.actor, c.action, c.reason, note, now));
        if (!events.isEmpty()) {
            changed.fire(new CommitmentsChanged(events));
        }
        return now;
    }
}
