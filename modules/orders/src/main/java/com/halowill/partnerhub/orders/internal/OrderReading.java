package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderPage;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ScheduleLine;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads orders and joins each line with its confirmed commitments from the promise engine. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OrderReading implements Orders {

    private final Promises promises;
    private final EntityManager em;

    OrderReading(Promises promises, EntityManager em) {
        this.promises = promises;
        this.em = em;
    }

    @Override
    public Optional<PurchaseOrder> find(OrderId id) {
        return PurchaseOrderEntity.<PurchaseOrderEntity>findByIdOptional(id.value()).map(this::view);
    }

    @Override
    public Optional<PurchaseOrder> find(OrderId id, DistributorCode distributor) {
        return find(id).filter(o -> o.distributor().value().equals(distributor.value()));
    }

    @Override
    public OrderPage list(OrderQuery q) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.distributor() != null) {
            where.add("o.distributor = :distributor");
            params.and("distributor", q.distributor().value());
        }
        if (q.status() != null) {
            where.add("o.status = :status");
            params.and("status", q.status());
        }
        if (q.poNumber() != null) {
            where.add("o.poNumber = :po");
            params.and("po", q.poNumber());
        }
        if (q.sku() != null) {
            where.add("exists (select 1 from OrderLineEntity l where l.order = o and l.sku = :sku)");
            params.and("sku", q.sku().value());
        }
        if (q.receivedFrom() != null) {
            where.add("o.createdAt >= :from");
            params.and("from", q.receivedFrom());
        }
        if (q.receivedBefore() != null) {
            where.add("o.createdAt < :before");
            params.and("before", q.receivedBefore());
        }
        if (q.updatedSince() != null) {
            where.add("o.updatedAt >= :since");
            params.and("since", q.updatedSince());
        }
        if (q.cursor() != null) {
            OrderCursor after = OrderCursor.parse(q.cursor());
            where.add("(o.createdAt < :cAt or (o.createdAt = :cAt and o.id < :cId))");
            params.and("cAt", after.createdAt()).and("cId", after.id());
        }
        String jpql = "from PurchaseOrderEntity o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by o.createdAt desc, o.id desc";
        List<PurchaseOrderEntity> rows = PurchaseOrderEntity.<PurchaseOrderEntity>find(jpql, params)
                .range(0, q.limit()).list();
        String next = null;
        if (rows.size() > q.limit()) {
            rows = rows.subList(0, q.limit());
            PurchaseOrderEntity last = rows.get(rows.size() - 1);
            next = new OrderCursor(last.createdAt, last.id).encode();
        }
        return new OrderPage(views(rows), next);
    }

    @Override
    @SuppressWarnings("unchecked")
    public OrderPage changes(DistributorCode code, String after, int limit) {
        String distributor = code.value();
        ChangeFeed from = ChangeFeed.parse(after);
        List<Object[]> rows = em.createNativeQuery("""
                select cast(cast(p.change_xid as text) as bigint), p.id, cast(cast(w.xmin as text) as bigint)
                from (select pg_snapshot_xmin(pg_current_snapshot()) as xmin) w
                left join orders.purchase_order p on p.distributor = ?1 and p.change_xid < w.xmin
                    and (p.change_xid, p.id) > (cast(cast(?2 as text) as xid8), ?3)
                order by p.change_xid, p.id limit ?4""")
                .setParameter(1, distributor).setParameter(2, from.xid()).setParameter(3, from.id())
                .setParameter(4, limit + 1).getResultList();
        long watermark = ((Number) rows.get(0)[2]).longValue();
        List<Object[]> changed = rows.stream().filter(r -> r[1] != null).toList();
        ChangeFeed next;
        if (changed.size() > limit) {
            changed = changed.subList(0, limit);
            Object[] last = changed.get(limit - 1);
            next = new ChangeFeed(((Number) last[0]).longValue(), (UUID) last[1]);
        } else {
            next = watermark - 1 > from.xid() ? new ChangeFeed(watermark - 1, new UUID(-1, -1)) : from;
        }
        List<UUID> ids = changed.stream().map(r -> (UUID) r[1]).toList();
        Map<UUID, PurchaseOrderEntity> byId = ids.isEmpty() ? Map.of()
                : PurchaseOrderEntity.<PurchaseOrderEntity>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(o -> o.id, o -> o));
        return new OrderPage(views(ids.stream().map(byId::get).toList()), next.encode());
    }

    PurchaseOrder view(PurchaseOrderEntity po) {
        return views(List.of(po)).get(0);
    }

    /** An order with commitments already in hand (intake has just made them): nothing is read. */
    PurchaseOrder view(PurchaseOrderEntity po, List<Commitment> commitments) {
        return views(List.of(po), commitments).get(0);
    }

    private List<PurchaseOrder> views(List<PurchaseOrderEntity> orders) {
        List<String> refs = orders.stream().flatMap(o -> o.lines.stream()).map(l -> l.demandRef).toList();
        return views(orders, promises.forDemands(DemandRef.all(refs)));
    }

    private List<PurchaseOrder> views(List<PurchaseOrderEntity> orders, List<Commitment> commitments) {
        Map<String, List<Commitment>> byDemand = commitments.stream()
                .collect(Collectors.groupingBy(c -> c.demandRef().value()));
        return orders.stream().map(o -> new PurchaseOrder(new OrderId(o.id), o.poNumber,
                new DistributorCode(o.distributor), o.shipTo, o.currency,
                o.channel, o.status, o.note == null || o.note.isEmpty() ? null : o.note, o.createdAt, o.updatedAt,
                o.lines.stream().map(l -> line(l, byDemand.getOrDefault(l.demandRef, List.of()))).toList()))
                .toList();
    }

    private static OrderLine line(OrderLineEntity l, List<Commitment> commitments) {
        List<ScheduleLine> schedule = commitments.stream().filter(Commitment::open)
                .flatMap(c -> c.schedule().stream().map(s -> new ScheduleLine(s.quantity(), s.shipDate(),
                        s.deliveryDate(), s.backordered() ? "BACKORDERED" : c.state().name(), s.fromLta())))
                .toList();
        int accepted = commitments.stream().findFirst().map(c -> switch (c.state()) {
            case REJECTED -> 0;
            case CANCELLED -> c.shippedQuantity();
            default -> c.acceptedQuantity();
        }).orElse(l.quantity);
        return new OrderLine(l.lineNumber, new Sku(l.sku), l.quantity, l.requestedDate, l.unitPrice, l.status,
                l.flagList(),
                schedule, l.shippedQuantity, new DemandRef(l.demandRef), accepted, l.reviewReason, l.buyerLine,
                l.buyerPart);
    }
}
