package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentConfirmed;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.SupplyTaken;
import com.halowill.partnerhub.inventory.Availability;
import com.halowill.partnerhub.inventory.SupplyKind;
import com.halowill.partnerhub.inventory.SupplyTake;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** The promise engine's ledger: proposals, confirmations with their reserved supply, and history. */
@ApplicationScoped
@Transactional
class CommitmentBook implements Promises {

    private final EntityManager em;
    private final Availability availability;
    private final Event<CommitmentConfirmed> confirmed;
    private final Clock clock;

    CommitmentBook(EntityManager em, Availability availability, Event<CommitmentConfirmed> confirmed) {
        this.em = em;
        this.availability = availability;
        this.confirmed = confirmed;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Commitment propose(Demand d) {
        CommitmentEntity c = new CommitmentEntity();
        c.id = UUID.randomUUID();
        c.demandRef = d.demandRef();
        c.distributor = d.distributor();
        c.sku = d.sku();
        c.quantity = d.quantity();
        c.requestedDate = d.requestedDate();
        c.shipTo = d.shipTo();
        c.state = CommitmentState.PROPOSED;
        PromiseEngine.Plan plan = plan(c);
        c.persist();
        record(c, plan, "engine", "PROPOSED", "NEW_DEMAND");
        return c.view();
    }

    @Override
    public Commitment confirm(UUID id, String planner) {
        CommitmentEntity c = em.find(CommitmentEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NoSuchElementException("no commitment " + id);
        }
        if (c.state == CommitmentState.CONFIRMED) {
            return c.view();
        }
        if (c.shipDate != null && !availability.reserve(c.sku, sources(c.id), "commitment:" + c.id)) {
            throw new SupplyTaken("The supply proposed for " + c.quantity + " x " + c.sku
                    + " has since been promised to another order.");
        }
        c.state = CommitmentState.CONFIRMED;
        c.confirmedAt = Instant.now(clock);
        c.confirmedBy = planner;
        history(c, planner, "CONFIRMED", "OPS_CONFIRMED");
        Commitment view = c.view();
        confirmed.fire(new CommitmentConfirmed(view));
        return view;
    }

    @Override
    public Commitment repropose(UUID id, String actor) {
        CommitmentEntity c = em.find(CommitmentEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NoSuchElementException("no commitment " + id);
        }
        if (c.state != CommitmentState.PROPOSED) {
            return c.view();
        }
        em.createNativeQuery("delete from commitments.commitment_source where commitment_id = ?1")
                .setParameter(1, c.id).executeUpdate();
        record(c, plan(c), actor, "REPROPOSED", "SUPPLY_TAKEN");
        return c.view();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Quote quote(String sku, int quantity, LocalDate requestedDate) {
        PromiseEngine.Plan plan = PromiseEngine.plan(availability.atp(sku), quantity, requestedDate, today());
        return new Quote(sku, quantity, plan.shipDate(), plan.explanation());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Commitment> find(UUID id) {
        return CommitmentEntity.<CommitmentEntity>findByIdOptional(id).map(CommitmentEntity::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> proposals() {
        return CommitmentEntity.<CommitmentEntity>list("state", Sort.by("proposedAt").and("demandRef"),
                CommitmentState.PROPOSED).stream().map(CommitmentEntity::view).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Commitment> forDemands(Collection<String> demandRefs) {
        if (demandRefs.isEmpty()) {
            return List.of();
        }
        return CommitmentEntity.<CommitmentEntity>list("demandRef in ?1", demandRefs).stream()
                .map(CommitmentEntity::view).toList();
    }

    /** Plans from current ATP and sets the proposal's date and explanation (before any flush). */
    private PromiseEngine.Plan plan(CommitmentEntity c) {
        PromiseEngine.Plan plan = PromiseEngine.plan(availability.atp(c.sku), c.quantity, c.requestedDate, today());
        c.shipDate = plan.shipDate();
        c.explanation = plan.explanation();
        c.proposedAt = Instant.now(clock);
        return plan;
    }

    private void record(CommitmentEntity c, PromiseEngine.Plan plan, String actor, String action, String reason) {
        em.flush();
        for (SupplyTake t : plan.takes()) {
            em.createNativeQuery("""
                    insert into commitments.commitment_source (commitment_id, kind, ready_date, quantity)
                    values (?1, ?2, ?3, ?4)""")
                    .setParameter(1, c.id).setParameter(2, t.kind().name()).setParameter(3, t.readyDate())
                    .setParameter(4, t.quantity()).executeUpdate();
        }
        history(c, actor, action, reason);
    }

    private void history(CommitmentEntity c, String actor, String action, String reason) {
        CommitmentHistoryEntity h = new CommitmentHistoryEntity();
        h.commitmentId = c.id;
        h.demandRef = c.demandRef;
        h.at = Instant.now(clock);
        h.actor = actor;
        h.action = action;
        h.shipDate = c.shipDate;
        h.quantity = c.quantity;
        h.reasonCode = reason;
        h.persist();
    }

    @SuppressWarnings("unchecked")
    private List<SupplyTake> sources(UUID id) {
        List<Object[]> rows = em.createNativeQuery(
                "select kind, ready_date, quantity from commitments.commitment_source where commitment_id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new SupplyTake(SupplyKind.valueOf((String) r[0]),
                (LocalDate) r[1], ((Number) r[2]).intValue())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
