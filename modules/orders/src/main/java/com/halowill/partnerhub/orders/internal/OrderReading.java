package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderPage;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ScheduleLine;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
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

    OrderReading(Promises promises) {
        this.promises = promises;
    }

    @Override
    public Optional<PurchaseOrder> find(UUID id) {
        return PurchaseOrderEntity.<PurchaseOrderEntity>findByIdOptional(id).map(this::view);
    }

    @Override
    public Optional<PurchaseOrder> find(UUID id, String distributor) {
        return find(id).filter(o -> o.distributor().equals(distributor));
    }

    @Override
    public OrderPage list(OrderQuery q) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.distributor() != null) {
            where.add("distributor = :distributor");
            params.and("distributor", q.distributor());
        }
        if (q.status() != null) {
            where.add("status = :status");
            params.and("status", q.status());
        }
        if (q.poNumber() != null) {
            where.add("poNumber = :po");
            params.and("po", q.poNumber());
        }
        if (q.updatedSince() != null) {
            where.add("updatedAt >= :since");
            params.and("since", q.updatedSince());
        }
        if (q.cursor() != null) {
            OrderCursor after = OrderCursor.parse(q.cursor());
            where.add("(createdAt < :cAt or (createdAt = :cAt and id < :cId))");
            params.and("cAt", after.createdAt()).and("cId", after.id());
        }
        String jpql = "from PurchaseOrderEntity" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by createdAt desc, id desc";
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

    PurchaseOrder view(PurchaseOrderEntity po) {
        return views(List.of(po)).get(0);
    }

    private List<PurchaseOrder> views(List<PurchaseOrderEntity> orders) {
        List<String> refs = orders.stream().flatMap(o -> o.lines.stream()).map(l -> l.demandRef).toList();
        Map<String, List<Commitment>> byDemand = promises.forDemands(refs).stream()
                .collect(Collectors.groupingBy(Commitment::demandRef));
        return orders.stream().map(o -> new PurchaseOrder(o.id, o.poNumber, o.distributor, o.shipTo, o.currency,
                o.channel, o.status, o.note == null || o.note.isEmpty() ? null : o.note, o.createdAt, o.updatedAt,
                o.lines.stream().map(l -> line(l, byDemand.getOrDefault(l.demandRef, List.of()))).toList()))
                .toList();
    }

    private static OrderLine line(OrderLineEntity l, List<Commitment> commitments) {
        List<ScheduleLine> schedule = commitments.stream().filter(Commitment::open)
                .flatMap(c -> c.schedule().stream().map(s -> new ScheduleLine(s.quantity(), s.shipDate(),
                        s.deliveryDate(), s.backordered() ? "BACKORDERED" : c.state().name(), s.fromLta())))
                .toList();
        return new OrderLine(l.lineNumber, l.sku, l.quantity, l.requestedDate, l.unitPrice, l.status, l.flagList(),
                schedule, l.shippedQuantity, l.demandRef);
    }
}
