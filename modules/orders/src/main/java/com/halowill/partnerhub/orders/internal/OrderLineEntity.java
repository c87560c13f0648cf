package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.orders.LineStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An order line row. */
@Entity
@Table(schema = "orders", name = "order_line")
public class OrderLineEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne
    @JoinColumn(name = "order_id")
    public PurchaseOrderEntity order;
    @Column(name = "line_number")
    public int lineNumber;
    public String sku;
    public int quantity;
    @Column(name = "requested_date")
    public LocalDate requestedDate;
    @Column(name = "unit_price")
    public BigDecimal unitPrice;
    @Enumerated(EnumType.STRING)
    public LineStatus status;
    public String flags = "";
    @Column(name = "shipped_quantity")
    public int shippedQuantity;
    @Column(name = "demand_ref")
    public String demandRef;
    /** Why intake held the line for ops (null when it did not). */
    @Column(name = "review_reason")
    public String reviewReason;
    @Column(name = "buyer_line")
    public String buyerLine;

    @Column(name = "buyer_part")
    public String buyerPart;

    List<String> flagList() {
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split(","));
    }
}
