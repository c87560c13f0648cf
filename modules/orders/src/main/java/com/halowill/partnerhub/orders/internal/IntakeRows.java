package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.RowArrays;
import com.halowill.partnerhub.platform.WriteBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The rows intake writes (idempotency keys, orders, lines, kept answers), each kind for any number of orders in one
 * statement, in the caller's transaction. The unique keys decide: a key or PO number taken by another transaction
 * makes that row's insert wait for it and then skip.
 */
@ApplicationScoped
class IntakeRows {

    /** An idempotency key to claim for an order about to be made. */
    record Claim(String distributor, String key, String fingerprint, UUID orderId, Instant at) {
    }

    /** An answer to keep with its key. */
    record KeptAnswer(String distributor, String key, int status, String body) {
    }

    private final EntityManager em;
    private final WriteBehind writes;

    IntakeRows(EntityManager em, WriteBehind writes) {
        this.em = em;
        this.writes = writes;
    }

    /** What {@link #write} did: the orders whose key it claimed, and those of them it inserted. */
    record Written(Set<UUID> claimed, Set<UUID> inserted) {
    }

    private static final String CLAIM = """
            insert into orders.idempotency_key (distributor, key, request_hash, order_id, created_at)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::uuid[], ?::timestamptz[])
            on conflict do nothing""";

    private static final String WRITE = "with k as (" + CLAIM + """
             returning order_id),
            o as (
                insert into orders.purchase_order (id, distributor, po_number, ship_to, currency, channel,
                    status, note, created_by, created_at, updated_at)
                select o.id, distributor, po_number, ship_to, currency, channel, status, note, created_by, at, at
                from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                    ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                    as o(id, distributor, po_number, ship_to, currency, channel, status, note, created_by, at)
                join k on k.order_id = o.id
                on conflict (distributor, po_number) do nothing returning id),
            l as (
                insert into orders.order_line (id, order_id, line_number, sku, quantity, requested_date,
                    unit_price, status, flags, demand_ref, review_reason, buyer_line, buyer_part)
                select l.* from unnest(?::uuid[], ?::uuid[], ?::int4[], ?::varchar[], ?::int4[], ?::date[],
                    ?::numeric[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                    as l(id, order_id, line_number, sku, quantity, requested_date, unit_price, status, flags,
                        demand_ref, review_reason, buyer_line, buyer_part)
                join o on o.id = l.order_id)
            select 'K', order_id from k union all select 'O', id from o""";

    /** Claims the keys not taken yet and answers those it claimed, as distributor + "|" + key. */
    Set<String> claim(List<Claim> claims) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(CLAIM + " returning distributor, key")) {
                bindClaims(c, ps, 1, claims);
                Set<String> claimed = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(rs.getString(1) + "|" + rs.getString(2));
                    }
                }
                return claimed;
            }
        });
    }

    /**
     * In one statement: claims the orders' keys ({@code claims}, one per order, naming it), inserts the orders whose
     * key it claimed and whose PO number is still free for their distributor, and the lines of those. Sent by whoever
     * runs it (intake sends it first in the round trip that locks the pools); its result says what it did.
     */
    AlongRead<Written> write(List<PurchaseOrderEntity> orders, List<Claim> claims) {
        List<OrderLineEntity> lines = new ArrayList<>();
        orders.forEach(o -> lines.addAll(o.lines));
        return new AlongRead<>(WRITE, (c, ps, index) -> {
            int i = bindClaims(c, ps, index, claims);
            i = RowArrays.bind(c, ps, i, "uuid", orders, o -> o.id);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.distributor);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.poNumber);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.shipTo);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.currency);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.channel.name());
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.status.name());
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.note);
            i = RowArrays.bind(c, ps, i, "varchar", orders, o -> o.createdBy);
            i = RowArrays.bind(c, ps, i, "timestamptz", orders, o -> Timestamp.from(o.createdAt));
            i = RowArrays.bind(c, ps, i, "uuid", lines, l -> l.id);
            i = RowArrays.bind(c, ps, i, "uuid", lines, l -> l.order.id);
            i = RowArrays.bind(c, ps, i, "int4", lines, l -> l.lineNumber);
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.sku);
            i = RowArrays.bind(c, ps, i, "int4", lines, l -> l.quantity);
            i = RowArrays.bind(c, ps, i, "date", lines, l -> Date.valueOf(l.requestedDate));
            i = RowArrays.bind(c, ps, i, "numeric", lines, l -> l.unitPrice);
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.status.name());
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.flags);
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.demandRef);
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.reviewReason);
            i = RowArrays.bind(c, ps, i, "varchar", lines, l -> l.buyerLine);
            return RowArrays.bind(c, ps, i, "varchar", lines, l -> l.buyerPart);
        }, rs -> {
            Set<UUID> claimed = new HashSet<>();
            Set<UUID> inserted = new HashSet<>();
            while (rs.next()) {
                ("K".equals(rs.getString(1)) ? claimed : inserted).add(rs.getObject(2, UUID.class));
            }
            return new Written(claimed, inserted);
        });
    }

    private static int bindClaims(Connection c, PreparedStatement ps, int index, List<Claim> claims)
            throws SQLException {
        int i = RowArrays.bind(c, ps, index, "varchar", claims, Claim::distributor);
        i = RowArrays.bind(c, ps, i, "varchar", claims, Claim::key);
        i = RowArrays.bind(c, ps, i, "varchar", claims, Claim::fingerprint);
        i = RowArrays.bind(c, ps, i, "uuid", claims, Claim::orderId);
        return RowArrays.bind(c, ps, i, "timestamptz", claims, cl -> Timestamp.from(cl.at()));
    }

    /** Gives keys back (their orders were refused), so that a corrected retry with the same key is taken in. */
    void release(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from orders.idempotency_key where distributor = ? and key = ?")) {
                for (Claim claim : claims) {
                    ps.setString(1, claim.distributor());
                    ps.setString(2, claim.key());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /**
     * The ids of the orders that already use these PO numbers, by distributor + "|" + PO number (read by the unique
     * index; a pair no draft asks for may come back too and is never looked up).
     */
    Map<String, UUID> existing(List<PurchaseOrderEntity> orders) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select distributor, po_number, id from orders.purchase_order
                    where distributor = any(?::varchar[]) and po_number = any(?::varchar[])""")) {
                int i = RowArrays.bind(c, ps, 1, "varchar", orders, o -> o.distributor);
                RowArrays.bind(c, ps, i, "varchar", orders, o -> o.poNumber);
                Map<String, UUID> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1) + "|" + rs.getString(2), rs.getObject(3, UUID.class));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Keeps each first answer with its key (never overwriting one already kept): one indexed update per key, all
     * sent in one round trip (with the batch's other writes when it opened a {@link WriteBehind} step).
     */
    void keep(List<KeptAnswer> answers) {
        for (KeptAnswer a : answers) {
            writes.write("""
                    update orders.idempotency_key set answer_status = ?, answer_body = ?
                    where distributor = ? and key = ? and answer_body is null""", (c, ps, index) -> {
                ps.setInt(index, a.status());
                ps.setString(index + 1, a.body());
                ps.setString(index + 2, a.distributor());
                ps.setString(index + 3, a.key());
                return index + 4;
            });
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
