package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentChanged;
import com.halowill.partnerhub.commitments.CommitmentsChanged;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.OrderUpdates;
import com.halowill.partnerhub.orders.ScheduleLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps order lines and orders in step with their commitments: every change the promise engine makes
 * (confirmed, moved, rejected, shipped) updates the line's status and shipped quantity, then the order's
 * status. The orders concerned are locked first, in id order, so two changes to lines of one order
 * cannot both miss the other's, and two bulk changes cannot deadlock.
 */
@ApplicationScoped
class LineCommitments {

    private final EntityManager em;
    private final Event<OrderUpdates> updates;

    LineCommitments(EntityManager em, Event<OrderUpdates> updates) {
        this.em = em;
        this.updates = updates;
    }

    @SuppressWarnings("unchecked")
    void onChanged(@Observes CommitmentsChanged event) {
        Instant at = event.changes().get(0).at().truncatedTo(ChronoUnit.MICROS);
        Map<String, CommitmentChanged> byRef = new LinkedHashMap<>();
        event.changes().forEach(c -> byRef.put(c.commitment().demandRef().value(), c));
        em.flush();
        List<Object> owners = em.createNativeQuery(
                "select distinct order_id from orders.order_line where demand_ref = any(cast(?1 as varchar[]))")
                .setParameter(1, byRef.keySet().toArray(String[]::new)).getResultList();
        if (owners.isEmpty()) {
            return;
        }
        TreeSet<UUID> orders = new TreeSet<>();
        owners.forEach(o -> orders.add((UUID) o));
        UUID[] ids = orders.toArray(UUID[]::new);
        em.createNativeQuery("select id from orders.purchase_order where id = any(cast(?1 as uuid[])) order by id for update")
                .setParameter(1, ids).getResultList();
        List<Object[]> lines = em.createNativeQuery("""
                select l.order_id, l.demand_ref, l.status, l.line_number, l.sku, p.po_number, p.distributor
                from orders.order_line l join orders.purchase_order p on p.id = l.order_id
                where l.order_id = any(cast(?1 as uuid[])) order by l.order_id, l.line_number""")
                .setParameter(1, ids).getResultList();
        List<OrderUpdates.LineUpdate> lineUpdates = new ArrayList<>();
        Map<UUID, List<LineStatus>> statuses = new HashMap<>();
        List<String> refs = new ArrayList<>();
        List<String> lineStatus = new ArrayList<>();
        List<Integer> shipped = new ArrayList<>();
        for (Object[] l : lines) {
            CommitmentChanged change = byRef.get((String) l[1]);
            LineStatus s = change == null ? LineStatus.valueOf((String) l[2]) : status(change.commitment());
            statuses.computeIfAbsent((UUID) l[0], k -> new ArrayList<>()).add(s);
            if (change != null) {
                refs.add((String) l[1]);
                lineStatus.add(s.name());
                shipped.add(change.commitment().shippedQuantity());
                lineUpdates.add(new OrderUpdates.LineUpdate(new OrderId((UUID) l[0]), (String) l[5],
                        new DistributorCode((String) l[6]),
                        ((Number) l[3]).intValue(), new Sku((String) l[4]), change.reason().name(),
                        change.reason().text(), schedule(change.before()), schedule(change.commitment().schedule()), s,
                        change.commitment().shippedQuantity(), change.at()));
            }
        }
        em.createNativeQuery("""
                update orders.order_line l set status = u.status, shipped_quantity = u.shipped
                from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as int[])) as u(ref, status, shipped)
                where l.demand_ref = u.ref""")
                .setParameter(1, refs.toArray(String[]::new)).setParameter(2, lineStatus.toArray(String[]::new))
                .setParameter(3, shipped.toArray(Integer[]::new)).executeUpdate();
        List<OrderUpdates.StatusUpdate> statusUpdates = settle(ids, statuses, at);
        em.clear();
        updates.fire(new OrderUpdates(lineUpdates, statusUpdates));
    }

    /**
     * Moves an order on from its lines as they are now written (lines closed or released without a commitment,
     * which fire no commitment change), stamps it changed at {@code at}, and answers its status change, if any.
     */
    @SuppressWarnings("unchecked")
    Optional<OrderUpdates.StatusUpdate> settle(UUID orderId, Instant at) {
        List<Object> lines = em.createNativeQuery("select status from orders.order_line where order_id = ?1")
                .setParameter(1, orderId).getResultList();
        List<LineStatus> statuses = lines.stream().map(s -> LineStatus.valueOf((String) s)).toList();
        return settle(new UUID[] {orderId}, Map.of(orderId, statuses), at).stream().findFirst();
    }

    /** The orders' new status from their lines' statuses, written with {@code at}; the orders whose status changed. */
    @SuppressWarnings("unchecked")
    private List<OrderUpdates.StatusUpdate> settle(UUID[] ids, Map<UUID, List<LineStatus>> statuses, Instant at) {
        List<Object[]> current = em.createNativeQuery(
                "select id, status, po_number, distributor from orders.purchase_order where id = any(cast(?1 as uuid[]))")
                .setParameter(1, ids).getResultList();
        List<UUID> orderIds = new ArrayList<>();
        List<String> orderStatus = new ArrayList<>();
        List<OrderUpdates.StatusUpdate> statusUpdates = new ArrayList<>();
        for (Object[] o : current) {
            OrderStatus before = OrderStatus.valueOf((String) o[1]);
            OrderStatus after = status(before, statuses.get((UUID) o[0]));
            orderIds.add((UUID) o[0]);
            orderStatus.add(after.name());
            if (after != before) {
                statusUpdates.add(new OrderUpdates.StatusUpdate(new OrderId((UUID) o[0]), (String) o[2],
                        new DistributorCode((String) o[3]), before, after,
                        at));
            }
        }
        em.createNativeQuery("""
                update orders.purchase_order p set status = u.status, updated_at = ?3
                from unnest(cast(?1 as uuid[]), cast(?2 as varchar[])) as u(id, status) where p.id = u.id""")
                .setParameter(1, orderIds.toArray(UUID[]::new)).setParameter(2, orderStatus.toArray(String[]::new))
                .setParameter(3, Timestamp.from(at)).executeUpdate();
        return statusUpdates;
    }

    private static List<ScheduleLine> schedule(List<com.halowill.partnerhub.commitments.ScheduleLine> schedule) {
        return schedule.stream().map(s -> new ScheduleLine(s.quantity(), s.shipDate(), s.deliveryDate(),
                s.backordered() ? "BACKORDERED" : null, s.fromLta())).toList();
    }

    static LineStatus status(Commitment c) {
        return switch (c.state()) {
            case PROPOSED -> LineStatus.PENDING_COMMITMENT;
            case REJECTED -> LineStatus.REJECTED;
            case CANCELLED -> LineStatus.CANCELLED;
            case CONFIRMED -> c.shippedQuantity() >= c.acceptedQuantity() && c.acceptedQuantity() > 0
                    ? LineStatus.SHIPPED
                    : c.shippedQuantity() > 0 ? LineStatus.PARTIALLY_SHIPPED
                            : c.backordered() ? LineStatus.BACKORDERED
                                    : c.late() ? LineStatus.COMMITTED_LATE : LineStatus.COMMITTED;
        };
    }

    /** An order follows its lines: acknowledged once none waits for an answer, shipped once all have shipped. */
    static OrderStatus status(OrderStatus current, List<LineStatus> lines) {
        if (current == OrderStatus.CANCELLED || current == OrderStatus.CLOSED) {
            return current;
        }
        List<LineStatus> live = lines.stream()
                .filter(s -> s != LineStatus.CANCELLED && s != LineStatus.REJECTED).toList();
        if (live.isEmpty()) {
            return lines.contains(LineStatus.CANCELLED) ? OrderStatus.CANCELLED : OrderStatus.ACKNOWLEDGED;
        }
        if (live.stream().allMatch(s -> s == LineStatus.SHIPPED)) {
            return OrderStatus.SHIPPED;
        }
        if (live.stream().anyMatch(s -> s == LineStatus.SHIPPED || s == LineStatus.PARTIALLY_SHIPPED)) {
            return OrderStatus.PARTIALLY_SHIPPED;
        }
        return lines.contains(LineStatus.PENDING_COMMITMENT) || lines.contains(LineStatus.ON_REVIEW)
                ? OrderStatus.RECEIVED : OrderStatus.ACKNOWLEDGED;
    }
}
