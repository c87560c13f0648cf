package com.halowill.partnerhub.inventory.internal;
import com.halowill.partnerhub.catalog.Sku;

import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.PoolRef;
import com.halowill.partnerhub.inventory.StockPool;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pool rows as the pool queries answer them (kind 'S', 'C' or 'L', key, warehouse, week, then the totals), by kind,
 * and the rows of one family; a read-back after writes adds the families' revisions (kind 'R').
 */
final class PoolRows {

    /** Pool rows in key order: kind, key, then warehouse or week (the order everyone locks and writes in). */
    static final Comparator<PoolRef> ORDER = Comparator.comparing(PoolRef::kind).thenComparing(PoolRef::key)
            .thenComparing(r -> String.valueOf(r.warehouse())).thenComparing(r -> String.valueOf(r.week()));

    final List<StockPool> stock = new ArrayList<>();
    final List<ChipPool> chips = new ArrayList<>();
    final List<CapacityPool> capacity = new ArrayList<>();
    /** Families' revisions, from rows of kind 'R' (family, then the revision in the ninth column). */
    final Map<String, Long> revisions = new HashMap<>();

    void add(ResultSet r) throws SQLException {
        while (r.next()) {
            switch (r.getString(1)) {
                case "R" -> revisions.put(r.getString(2), r.getLong(9));
                case "S" -> stock.add(new StockPool(new Sku(r.getString(2)), r.getString(3), r.getInt(5), r.getInt(6),
                        r.getInt(7)));
                case "C" -> chips.add(new ChipPool(r.getString(2), r.getObject(4, LocalDate.class), r.getInt(5),
                        r.getInt(6), r.getInt(7), r.getInt(8)));
                default -> capacity.add(new CapacityPool(r.getString(2), r.getObject(4, LocalDate.class),
                        r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
            }
        }
    }

    /** The pool row a {@link StockPool}, {@link ChipPool} or {@link CapacityPool} is. */
    static PoolRef ref(Object row) {
        if (row instanceof StockPool s) {
            return PoolRef.stock(s.sku().value(), s.warehouse());
        }
        if (row instanceof ChipPool c) {
            return PoolRef.chips(c.component(), c.week());
        }
        CapacityPool c = (CapacityPool) row;
        return PoolRef.capacity(c.line(), c.week());
    }

    /** The rows of one family ({@code stock:<sku>}, {@code chips:<component>}, {@code capacity:<line>}). */
    List<?> of(String family) {
        return Stream.of(stock, chips, capacity).flatMap(Collection::stream)
                .filter(row -> ref(row).family().equals(family)).toList();
    }

    /** Adds rows of any kind (as {@link #of} answers them). */
    void addAll(Collection<?> rows) {
        for (Object row : rows) {
            if (row instanceof StockPool s) {
                stock.add(s);
            } else if (row instanceof ChipPool c) {
                chips.add(c);
            } else {
                capacity.add((CapacityPool) row);
            }
        }
    }
}
