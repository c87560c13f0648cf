package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.PoolRef;
import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.RowArrays;
import com.halowill.partnerhub.platform.WriteBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies moves between holdings: one statement per kind of pool for every row they touch. Shipping finished
 * goods issues them (on hand and confirmed both go down); shipping a build moves its chips and capacity to shipped.
 * Chips carry forward, so a build may use them in a week without a supply row: that row is made (with
 * no supply of its own).
 */
@ApplicationScoped
class PoolMoves {

    private static final int HELD = 0;
    private static final int CONFIRMED = 1;
    private static final int SHIPPED = 2;
    private static final int ON_HAND = 3;

    /** The revisions of some families (their names as a varchar array), as rows of kind 'R'. */
    private static final String REVISIONS = """
            select 'R', family, cast(null as varchar), cast(null as date), 0, 0, 0, 0, revision
            from inventory.pool_family where family = any(?::varchar[])""";

    /**
     * The revisions just before the writes, locking the families: already locked by the caller's transaction in
     * intake, this waits for nothing; elsewhere it makes sure no other transaction changes them until the
     * read-back after the writes.
     */
    private static final String BEFORE = REVISIONS + " order by family for update";

    /** The same, then the pool rows named by key: stock (SKUs, warehouses), chips and capacity (keys, weeks). */
    private static final String WRITTEN = REVISIONS + """

            union all
            select 'S', s.sku, s.warehouse, null, s.on_hand, s.held, s.confirmed, 0, 0 from inventory.stock s
            join unnest(?::varchar[], ?::varchar[]) as k(sku, warehouse) on s.sku = k.sku and s.warehouse = k.warehouse
            union all
            select 'C', p.component, null, p.week_start, p.supply, p.held, p.confirmed, p.shipped, 0
            from inventory.component_pool p join unnest(?::varchar[], ?::date[]) as k(component, week)
                on p.component = k.component and p.week_start = k.week
            union all
            select 'L', p.line, null, p.week_start, p.units, p.held, p.confirmed, p.shipped, 0
            from inventory.capacity_pool p join unnest(?::varchar[], ?::date[]) as k(line, week)
                on p.line = k.line and p.week_start = k.week""";

    private final EntityManager em;
    private final WriteBehind writes;
    private final PoolCache cache;

    PoolMoves(EntityManager em, WriteBehind writes, PoolCache cache) {
        this.em = em;
        this.writes = writes;
        this.cache = cache;
    }

    void apply(Collection<PoolMove> moves) {
        Map<PoolRef, int[]> deltas = new TreeMap<>(PoolRows.ORDER);
        for (PoolMove m : moves) {
            int[] d = deltas.computeIfAbsent(m.pool(), k -> new int[4]);
            add(d, m.pool().kind(), m.from(), -m.quantity());
            add(d, m.pool().kind(), m.to(), m.quantity());
        }
        em.flush();
        write(deltas);
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

    /**
     * One statement per kind of pool for every row the moves touch, updated from arrays (sent with the caller's other
     * writes when it opened a {@link WriteBehind} step); chips carried forward into a week without a supply row make
     * that row, with no supply of its own.
     */
    private void write(Map<PoolRef, int[]> deltas) {
        List<Map.Entry<PoolRef, int[]>> stocks = new ArrayList<>();
        List<Map.Entry<PoolRef, int[]>> chips = new ArrayList<>();
        List<Map.Entry<PoolRef, int[]>> capacity = new ArrayList<>();
        for (Map.Entry<PoolRef, int[]> e : deltas.entrySet()) {
            (switch (e.getKey().kind()) {
                case STOCK -> stocks;
                case CHIPS -> chips;
                case CAPACITY -> capacity;
            }).add(e);
        }
        AlongRead<PoolRows> before = null;
        List<String> families = deltas.keySet().stream().map(PoolRef::family).distinct().toList();
        if (cache.enabled() && writes.stepOpen()) {
            before = readBack(BEFORE, (c, ps, index) -> RowArrays.bind(c, ps, index, "varchar", families, f -> f));
            writes.read(before);
        }
        if (!stocks.isEmpty()) {
            writes.write("""
                    update inventory.stock s set held = s.held + d.held, confirmed = s.confirmed + d.confirmed,
                        on_hand = s.on_hand + d.on_hand
                    from unnest(?::varchar[], ?::varchar[], ?::int4[], ?::int4[], ?::int4[])
                        as d(sku, warehouse, held, confirmed, on_hand)
                    where s.sku = d.sku and s.warehouse = d.warehouse""", (c, ps, index) -> {
                int i = RowArrays.bind(c, ps, index, "varchar", stocks, e -> e.getKey().key());
                i = RowArrays.bind(c, ps, i, "varchar", stocks, e -> e.getKey().warehouse());
                i = RowArrays.bind(c, ps, i, "int4", stocks, e -> e.getValue()[HELD]);
                i = RowArrays.bind(c, ps, i, "int4", stocks, e -> e.getValue()[CONFIRMED]);
                return RowArrays.bind(c, ps, i, "int4", stocks, e -> e.getValue()[ON_HAND]);
            }, rows -> check(rows, stocks.size(), "stock"));
        }
        if (!chips.isEmpty()) {
            writes.write("""
                    with d as (
                        select * from unnest(?::varchar[], ?::date[], ?::int4[], ?::int4[], ?::int4[])
                            as d(component, week_start, held, confirmed, shipped)),
                    u as (
                        update inventory.component_pool p set held = p.held + d.held,
                            confirmed = p.confirmed + d.confirmed, shipped = p.shipped + d.shipped
                        from d where p.component = d.component and p.week_start = d.week_start
                        returning p.component, p.week_start)
                    insert into inventory.component_pool (component, week_start, supply, held, confirmed, shipped)
                    select component, week_start, 0, held, confirmed, shipped from d
                    where not exists (
                        select 1 from u where u.component = d.component and u.week_start = d.week_start)""",
                    (c, ps, index) -> weekly(c, ps, index, chips));
        }
        if (!capacity.isEmpty()) {
            writes.write("""
                    update inventory.capacity_pool p set held = p.held + d.held, confirmed = p.confirmed + d.confirmed,
                        shipped = p.shipped + d.shipped
                    from unnest(?::varchar[], ?::date[], ?::int4[], ?::int4[], ?::int4[])
                        as d(line, week_start, held, confirmed, shipped)
                    where p.line = d.line and p.week_start = d.week_start""",
                    (c, ps, index) -> weekly(c, ps, index, capacity), rows -> check(rows, capacity.size(), "capacity"));
        }
        if (before != null) {
            keepWritten(before, families, stocks, chips, capacity);
        }
    }

    /**
     * Reads back, after the writes and in the same round trip, the families' revisions and the rows written, so
     * that the pools kept in memory for the revisions read before the writes are kept for those after them.
     */
    private void keepWritten(AlongRead<PoolRows> before, List<String> families,
            List<Map.Entry<PoolRef, int[]>> stocks, List<Map.Entry<PoolRef, int[]>> chips,
            List<Map.Entry<PoolRef, int[]>> capacity) {
        writes.read(new AlongRead<>(WRITTEN, (c, ps, index) -> {
            int i = RowArrays.bind(c, ps, index, "varchar", families, f -> f);
            i = RowArrays.bind(c, ps, i, "varchar", stocks, e -> e.getKey().key());
            i = RowArrays.bind(c, ps, i, "varchar", stocks, e -> e.getKey().warehouse());
            i = RowArrays.bind(c, ps, i, "varchar", chips, e -> e.getKey().key());
            i = RowArrays.bind(c, ps, i, "date", chips, e -> Date.valueOf(e.getKey().week()));
            i = RowArrays.bind(c, ps, i, "varchar", capacity, e -> e.getKey().key());
            return RowArrays.bind(c, ps, i, "date", capacity, e -> Date.valueOf(e.getKey().week()));
        }, rs -> {
            PoolRows written = new PoolRows();
            written.add(rs);
            cache.written(before.result().revisions, written);
            return written;
        }));
    }

    private static AlongRead<PoolRows> readBack(String sql, WriteBehind.Binder binder) {
        return new AlongRead<>(sql, binder, rs -> {
            PoolRows rows = new PoolRows();
            rows.add(rs);
            return rows;
        });
    }

    private static int weekly(Connection c, PreparedStatement ps, int index, List<Map.Entry<PoolRef, int[]>> rows)
            throws SQLException {
        int i = RowArrays.bind(c, ps, index, "varchar", rows, e -> e.getKey().key());
        i = RowArrays.bind(c, ps, i, "date", rows, e -> Date.valueOf(e.getKey().week()));
        i = RowArrays.bind(c, ps, i, "int4", rows, e -> e.getValue()[HELD]);
        i = RowArrays.bind(c, ps, i, "int4", rows, e -> e.getValue()[CONFIRMED]);
        return RowArrays.bind(c, ps, i, "int4", rows, e -> e.getValue()[SHIPPED]);
    }

    private static void check(int updated, int expected, String what) {
        if (updated != expected) {
            throw new IllegalStateException("a move names a " + what + " pool that does not exist");
        }
    }
}
