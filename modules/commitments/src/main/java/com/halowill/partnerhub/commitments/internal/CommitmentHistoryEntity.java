package com.halowill.partnerhub.commitments.internal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One date given (proposed, re-proposed, confirmed) for a commitment: who, when, why. */
@Entity
@Table(schema = "commitments", name = "commitment_history")
public class CommitmentHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "commitment_id")
    public UUID commitmentId;
    @Column(name = "demand_ref")
    public String demandRef;
    public Instant at;
    public String actor;
    public String action;
    @Column(name = "ship_date")
    public LocalDate shipDate;
    public int quantity;
    @Column(name = "reason_code")
    public String reasonCode;
}
