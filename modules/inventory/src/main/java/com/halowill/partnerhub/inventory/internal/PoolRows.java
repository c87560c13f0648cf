package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.StockPool;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pool rows as the pool queries answer them (kind 'S', 'C' or 'L', key, warehouse, week, then the totals), by kind,
 * and the rows of one family; a read-back after writes adds the families' revisions (kind 'R').
 */
final class PoolRows {

    final List<StockPool> stock = new ArrayList<>();
    final List<ChipPool> chips = new ArrayList<>();
    final List<CapacityPool> capacity = new ArrayList<>();
    /** Families' revisions, from rows of kind 'R' (family, then the revision in the ninth column). */
    final Map<String, Long> revisions = new HashMap<>();

    void add(ResultSet r) throws SQLException {
        while (r.next()) {
            switch (r.getString(1)) {
                case "R" -> revisions.put(r.getString(2), r.getLong(9));
                case "S" -> stock.add(new StockPool(r.getString(2), r.getString(3), r.getInt(5), r.getInt(6),
                        r.getInt(7)));
                case "C" -> chips.add(new ChipPool(r.getString(2), r.getObject(4, LocalDate.class), r.getInt(5),
                        r.getInt(6), r.getInt(7), r.getInt(8)));
                default -> capacity.add(new CapacityPool(r.getString(2), r.getObject(4, LocalDate.class),
                        r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
            }
        }
    }

    /** The rows of one family ({@code stock:<sku>}, {@code chips:<component>}, {@code capacity:<line>}). */
    List<?> of(String family) {
        String key = family.substring(family.indexOf(':') + 1);
        if (family.startsWith("stock:")) {
            return stock.stream().filter(s -> s.sku().equals(key)).toList();
        }
        if (family.startsWith("chips:")) {
            return chips.stream().filter(c -> c.component().equals(key)).toList();
        }
        return capacity.stream().filter(c -> c.line().equals(key)).toList();
    }

    /** Adds a family's rows (as {@link #of} answers them). */
    @SuppressWarnings("unchecked")
    void addAll(String family, List<?> rows) {
        if (family.startsWith("stock:")) {
            stock.addAll((List<StockPool>) rows);
        } else if (family.startsWith("chips:")) {
            chips.addAll((List<ChipPool>) rows);
        } else {
            capacity.addAll((List<CapacityPool>) rows);
        }
    }
}
