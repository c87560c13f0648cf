package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequestState;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads and writes change requests and the order rows they touch, in SQL. */
@ApplicationScoped
class ChangeRequestStore {

    /** The order as a change request needs it. */
    record OrderRow(UUID id, String poNumber, String status) {
        boolean closed() {
            return Set.of("CANCELLED", "SHIPPED", "CLOSED").contains(status);
        }
    }

    /** An order line as a change request needs it. */
    record LineRow(UUID id, int lineNumber, String sku, int quantity, LocalDate requestedDate, LineStatus status,
            int shipped, String demandRef) {
    }

    private static final String SELECT = """
            select r.id, r.order_id, o.po_number, r.distributor, r.state, r.requested_at, r.requested_by, r.note,
                   r.decided_at, r.decided_by, r.decision_note, l.line_number, l.sku, l.from_quantity,
                   l.from_requested_date, l.quantity, l.requested_date, l.cancel, l.outcome, l.answer
            from orders.change_request r join orders.purchase_order o on o.id = r.order_id
            join orders.change_request_line l on l.request_id = r.id
            """;

    private final EntityManager em;

    ChangeRequestStore(EntityManager em) {
        this.em = em;
    }

    /** Locks the distributor's order row, so two requests on one order are carried out one after the other. */
    Optional<OrderRow> lockOrder(UUID orderId, String distributor) {
        List<?> rows = em.createNativeQuery("select id, po_number, status from orders.purchase_order"
                + " where id = ?1 and distributor = ?2 for update").setParameter(1, orderId)
                .setParameter(2, distributor).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new OrderRow((UUID) r[0], (String) r[1], (String) r[2])).findFirst();
    }

    List<LineRow> lines(UUID orderId) {
        List<?> rows = em.createNativeQuery("select id, line_number, sku, quantity, requested_date, status,"
                + " shipped_quantity, demand_ref from orders.order_line where order_id = ?1 order by line_number")
                .setParameter(1, orderId).getResultList();
        List<LineRow> lines = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            lines.add(new LineRow((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], ((Number) r[3]).intValue(),
                    date(r[4]), LineStatus.valueOf((String) r[5]), ((Number) r[6]).intValue(), (String) r[7]));
        }
        return lines;
    }

    void updateLine(UUID lineId, int quantity, LocalDate requested) {
        em.createNativeQuery("update orders.order_line set quantity = ?1, requested_date = ?2 where id = ?3")
                .setParameter(1, quantity).setParameter(2, requested).setParameter(3, lineId).executeUpdate();
    }

    /** Stamps the order as changed, so the change feed and {@code updatedAt} show the request. */
    void touchOrder(UUID orderId) {
        em.createNativeQuery("update orders.purchase_order set updated_at = clock_timestamp() where id = ?1")
                .setParameter(1, orderId).executeUpdate();
    }

    Set<Integer> linesWaitingForReview(UUID orderId) {
        List<?> rows = em.createNativeQuery("select l.line_number from orders.change_request r"
                + " join orders.change_request_line l on l.request_id = r.id"
                + " where r.order_id = ?1 and l.outcome = 'PENDING_REVIEW'").setParameter(1, orderId).getResultList();
        Set<Integer> waiting = new HashSet<>();
        rows.forEach(r -> waiting.add(((Number) r).intValue()));
        return waiting;
    }

    /** Stores a new request; false when its key is already another request's (nothing stored). */
    boolean insert(ChangeRequest c, String key) {
        int stored = em.createNativeQuery("insert into orders.change_request (id, order_id, distributor, state,"
                + " requested_at, requested_by, note, decided_at, decided_by, request_key) values (?1, ?2, ?3, ?4, ?5,"
                + " ?6, ?7, ?8, ?9, cast(?10 as varchar)) on conflict (distributor, request_key) do nothing")
                .setParameter(1, c.id()).setParameter(2, c.orderId().value()).setParameter(3, c.distributor().value())
                .setParameter(4, c.state().name()).setParameter(5, c.requestedAt()).setParameter(6, c.requestedBy())
                .setParameter(7, c.note()).setParameter(8, c.decidedAt()).setParameter(9, c.decidedBy())
                .setParameter(10, key).executeUpdate();
        if (stored == 0) {
            return false;
        }
        for (ChangeRequest.Line l : c.lines()) {
            em.createNativeQuery("insert into orders.change_request_line (request_id, line_number, sku,"
                    + " from_quantity, from_requested_date, quantity, requested_date, cancel, outcome, answer)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)").setParameter(1, c.id())
                    .setParameter(2, l.lineNumber()).setParameter(3, l.sku().value()).setParameter(4, l.fromQuantity())
                    .setParameter(5, l.fromRequestedDate()).setParameter(6, l.quantity())
                    .setParameter(7, l.requestedDate()).setParameter(8, l.cancel())
                    .setParameter(9, l.outcome().name()).setParameter(10, truncate(l.answer())).executeUpdate();
        }
        return true;
    }

    /** The distributor's request sent with this key, if any. */
    Optional<ChangeRequest> byKey(String distributor, String key) {
        List<?> ids = em.createNativeQuery("select id from orders.change_request where distributor = ?1"
                + " and request_key = ?2").setParameter(1, distributor).setParameter(2, key).getResultList();
        return ids.stream().findFirst().flatMap(id -> find((UUID) id));
    }

    void decide(ChangeRequest c) {
        em.createNativeQuery("update orders.change_request set state = ?1, decided_at = ?2, decided_by = ?3,"
                + " decision_note = ?4 where id = ?5").setParameter(1, c.state().name())
                .setParameter(2, c.decidedAt()).setParameter(3, c.decidedBy()).setParameter(4, c.decisionNote())
                .setParameter(5, c.id()).executeUpdate();
        for (ChangeRequest.Line l : c.lines()) {
            em.createNativeQuery("update orders.change_request_line set outcome = ?1, answer = ?2"
                    + " where request_id = ?3 and line_number = ?4").setParameter(1, l.outcome().name())
                    .setParameter(2, truncate(l.answer())).setParameter(3, c.id()).setParameter(4, l.lineNumber())
                    .executeUpdate();
        }
    }

    Optional<ChangeRequest> lock(UUID id) {
        em.createNativeQuery("select id from orders.change_request where id = ?1 for update").setParameter(1, id)
                .getResultList();
        return find(id);
    }

    Optional<ChangeRequest> find(UUID id) {
        return read("where r.id = ?1 order by l.line_number", id, null).stream().findFirst();
    }

    List<ChangeRequest> forOrder(UUID orderId, String distributor) {
        return read("where r.order_id = ?1 and r.distributor = ?2 order by r.requested_at, r.id, l.line_number",
                orderId, distributor);
    }

    List<ChangeRequest> pending(int limit) {
        List<?> ids = em.createNativeQuery("select id from orders.change_request where state = 'PENDING_REVIEW'"
                + " order by requested_at, id limit ?1").setParameter(1, limit).getResultList();
        List<ChangeRequest> list = new ArrayList<>();
        ids.forEach(id -> find((UUID) id).ifPresent(list::add));
        return list;
    }

    private List<ChangeRequest> read(String where, Object first, Object second) {
        var q = em.createNativeQuery(SELECT + where).setParameter(1, first);
        if (second != null) {
            q.setParameter(2, second);
        }
        Map<UUID, Object[]> heads = new LinkedHashMap<>();
        Map<UUID, List<ChangeRequest.Line>> lines = new LinkedHashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            UUID id = (UUID) r[0];
            heads.putIfAbsent(id, r);
            lines.computeIfAbsent(id, k -> new ArrayList<>()).add(new ChangeRequest.Line(((Number) r[11]).intValue(),
                    new Sku((String) r[12]), ((Number) r[13]).intValue(), date(r[14]),
                    r[15] == null ? null : ((Number) r[15]).intValue(), date(r[16]), (Boolean) r[17],
                    ChangeRequestState.valueOf((String) r[18]), (String) r[19]));
        }
        List<ChangeRequest> list = new ArrayList<>();
        heads.forEach((id, r) -> list.add(new ChangeRequest(id, new OrderId((UUID) r[1]), (String) r[2],
                new DistributorCode((String) r[3]),
                ChangeRequestState.valueOf((String) r[4]), instant(r[5]), (String) r[6], (String) r[7],
                instant(r[8]), (String) r[9], (String) r[10], lines.get(id))));
        return list;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toInstant() : o instanceof Instant i ? i
                : ((java.time.OffsetDateTime) o).toInstant();
    }

    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 1997) + "..." : s;
    }
}
