package com.halowill.partnerhub.commitments.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A commitment row in the commitments schema. */
@Entity
@Table(schema = "commitments", name = "commitment")
public class CommitmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "demand_ref")
    public String demandRef;
    public String distributor;
    public String sku;
    public int quantity;
    @Column(name = "requested_date")
    public LocalDate requestedDate;
    @Column(name = "ship_to")
    public String shipTo;
    @Column(name = "ship_date")
    public LocalDate shipDate;
    @Enumerated(EnumType.STRING)
    public CommitmentState state;
    public String explanation;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "confirmed_by")
    public String confirmedBy;

    Commitment view() {
        return new Commitment(id, demandRef, distributor, sku, quantity, requestedDate, shipTo, shipDate, state,
                explanation, proposedAt, confirmedAt, confirmedBy);
    }
}
