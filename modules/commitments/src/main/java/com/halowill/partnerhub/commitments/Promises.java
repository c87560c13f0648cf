package com.halowill.partnerhub.commitments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The promise engine's published operations. */
public interface Promises {

    /** Proposes a ship date for a demand from current ATP, in the caller's transaction; reserves nothing. */
    Commitment propose(Demand demand);

    /**
     * Confirms a proposal: reserves its supply and fires {@link CommitmentConfirmed}. Throws
     * {@link SupplyTaken} (and the transaction must roll back) when the supply is gone; confirming
     * an already confirmed commitment returns it unchanged.
     */
    Commitment confirm(UUID commitmentId, String planner);

    /** Proposes again from current ATP, for a proposal whose supply was taken. */
    Commitment repropose(UUID commitmentId, String actor);

    /** A non-binding quote from the same engine. */
    Quote quote(String sku, int quantity, LocalDate requestedDate);

    Optional<Commitment> find(UUID commitmentId);

    /** Proposals waiting for ops, oldest first. */
    List<Commitment> proposals();

    List<Commitment> forDemands(Collection<String> demandRefs);
}
