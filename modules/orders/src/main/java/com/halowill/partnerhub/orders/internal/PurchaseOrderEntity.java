package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.OrderStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A purchase order row with its lines. */
@Entity
@Table(schema = "orders", name = "purchase_order")
public class PurchaseOrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String distributor;
    @Column(name = "po_number")
    public String poNumber;
    @Column(name = "ship_to")
    public String shipTo;
    public String currency;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public String note;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNumber")
    public List<OrderLineEntity> lines = new ArrayList<>();
}
