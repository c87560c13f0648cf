package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.PoolRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Applies moves between holdings as one update per pool row, batched. Shipping finished goods issues
 * them (on hand and confirmed both go down); shipping a build moves its chips and capacity to shipped.
 * Chips carry forward, so a build may use them in a week without a supply row: that row is made (with
 * no supply of its own).
 */
@ApplicationScoped
class PoolMoves {

    private static final Comparator<PoolRef> ORDER = Comparator.comparing(PoolRef::kind).thenComparing(PoolRef::key)
            .thenComparing(r -> String.valueOf(r.warehouse())).thenComparing(r -> String.valueOf(r.week()));
    private static final int HELD = 0;
    private static final int CONFIRMED = 1;
    private static final int SHIPPED = 2;
    private static final int ON_HAND = 3;

    private final EntityManager em;

    PoolMoves(EntityManager em) {
        this.em = em;
    }

    void apply(Collection<PoolMove> moves) {
        Map<PoolRef, int[]> deltas = new TreeMap<>(ORDER);
        for (PoolMove m : moves) {
            int[] d = deltas.computeIfAbsent(m.pool(), k -> new int[4]);
            add(d, m.pool().kind(), m.from(), -m.quantity());
            add(d, m.pool().kind(), m.to(), m.quantity());
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> write(c, deltas));
    }

    private static void add(int[] d, PoolKind kind, Holding h, int q) {
        switch (h) {
            case FREE -> { }
            case HELD -> d[HELD] += q;
            case CONFIRMED -> d[CONFIRMED] += q;
            case SHIPPED -> {
                if (kind == PoolKind.STOCK) {
                    d[ON_HAND] -= q;
                } else {
                    d[SHIPPED] += q;
                }
            }
        }
    }

    private static void write(Connection c, Map<PoolRef, int[]> deltas) throws SQLException {
        try (PreparedStatement stock = c.prepareStatement("""
                update inventory.stock set held = held + ?, confirmed = confirmed + ?, on_hand = on_hand + ?
                where sku = ? and warehouse = ?""");
                PreparedStatement chips = c.prepareStatement("""
                        update inventory.component_pool set held = held + ?, confirmed = confirmed + ?,
                        shipped = shipped + ? where component = ? and week_start = ?""");
                PreparedStatement capacity = c.prepareStatement("""
                        update inventory.capacity_pool set held = held + ?, confirmed = confirmed + ?,
                        shipped = shipped + ? where line = ? and week_start = ?""")) {
            List<Map.Entry<PoolRef, int[]>> stocks = new ArrayList<>();
            List<Map.Entry<PoolRef, int[]>> chipRows = new ArrayList<>();
            List<Map.Entry<PoolRef, int[]>> capacityRows = new ArrayList<>();
            for (Map.Entry<PoolRef, int[]> e : deltas.entrySet()) {
                (switch (e.getKey().kind()) {
                    case STOCK -> stocks;
                    case CHIPS -> chipRows;
                    case CAPACITY -> capacityRows;
                }).add(e);
            }
            for (Map.Entry<PoolRef, int[]> e : stocks) {
                int[] d = e.getValue();
                stock.setInt(1, d[HELD]);
                stock.setInt(2, d[CONFIRMED]);
                stock.setInt(3, d[ON_HAND]);
                stock.setString(4, e.getKey().key());
                stock.setString(5, e.getKey().warehouse());
                stock.addBatch();
            }
            weekly(chips, chipRows);
            weekly(capacity, capacityRows);
            check(stocks.isEmpty() ? new int[0] : stock.executeBatch(), "stock");
            int[] chipCounts = chipRows.isEmpty() ? new int[0] : chips.executeBatch();
            List<Map.Entry<PoolRef, int[]>> missing = new ArrayList<>();
            for (int i = 0; i < chipCounts.length; i++) {
                if (chipCounts[i] == 0) {
                    missing.add(chipRows.get(i));
                }
            }
            insertChipRows(c, missing);
            check(capacityRows.isEmpty() ? new int[0] : capacity.executeBatch(), "capacity");
        }
    }

    private static void weekly(PreparedStatement ps, List<Map.Entry<PoolRef, int[]>> rows) throws SQLException {
        for (Map.Entry<PoolRef, int[]> e : rows) {
            int[] d = e.getValue();
            ps.setInt(1, d[HELD]);
            ps.setInt(2, d[CONFIRMED]);
            ps.setInt(3, d[SHIPPED]);
            ps.setString(4, e.getKey().key());
            ps.setDate(5, Date.valueOf(e.getKey().week()));
            ps.addBatch();
        }
    }

    /** Chips used in a week the plan has no row for (they carried forward): the row is made, without supply. */
    private static void insertChipRows(Connection c, List<Map.Entry<PoolRef, int[]>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into inventory.component_pool (held, confirmed, shipped, component, week_start, supply)
                values (?, ?, ?, ?, ?, 0)""")) {
            weekly(ps, rows);
            ps.executeBatch();
        }
    }

    private static void check(int[] counts, String what) {
        for (int n : counts) {
            if (n != 1 && n != PreparedStatement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a move names a " + what + " pool that does not exist");
            }
        }
    }
}
