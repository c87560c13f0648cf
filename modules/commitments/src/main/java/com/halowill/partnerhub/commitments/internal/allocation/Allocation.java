package com.halowill.partnerhub.commitments.internal.allocation;

import com.halowill.partnerhub.inventory.Holding;
import com.halowill.partnerhub.inventory.PoolMove;
import com.halowill.partnerhub.inventory.PoolRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Units of one demand promised from one source: finished goods in a warehouse, or a week's build on
 * one line (with the chips per unit it consumes); all of them drawn on the holder's LTA or none.
 */
public record Allocation(Source source, String warehouse, LocalDate week, String line,
        Map<String, Integer> chipsPerUnit,
        int units, String ltaCode, LocalDate shipDate, LocalDate deliveryDate) {

    /** Finished goods, or a build. */
    public enum Source {
        STOCK, BUILD
    }

    public Allocation {
        chipsPerUnit = Map.copyOf(chipsPerUnit);
    }

    /** The same allocations with those from one source, LTA and date added together. */
    public static List<Allocation> merge(List<Allocation> list) {
        java.util.Map<Allocation, Integer> units = new java.util.LinkedHashMap<>();
        list.forEach(a -> units.merge(a.withUnits(0), a.units(), Integer::sum));
        List<Allocation> out = new ArrayList<>();
        units.forEach((a, n) -> out.add(a.withUnits(n)));
        return out;
    }

    public Allocation withUnits(int n) {
        return new Allocation(source, warehouse, week, line, chipsPerUnit, n, ltaCode, shipDate, deliveryDate);
    }

    /** The pool moves that take {@code n} of these units from one holding to another. */
    public List<PoolMove> moves(String sku, int n, Holding from, Holding to) {
        List<PoolMove> moves = new ArrayList<>();
        if (n == 0) {
            return moves;
        }
        if (source == Source.STOCK) {
            moves.add(new PoolMove(PoolRef.stock(sku, warehouse), n, from, to));
        } else {
            moves.add(new PoolMove(PoolRef.capacity(line, week), n, from, to));
            chipsPerUnit.forEach((c, q) -> moves.add(new PoolMove(PoolRef.chips(c, week), n * q, from, to)));
        }
        return moves;
    }

    public String describe() {
        String what = source == Source.STOCK ? units + " from stock at " + warehouse
                : units + " built week of " + week + " on " + line + chipsText();
        return what + (ltaCode == null ? "" : " (drawn on " + ltaCode + ")");
    }

    private String chipsText() {
        if (chipsPerUnit.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        chipsPerUnit.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " " + units * e.getValue()));
        return " from " + String.join(", ", parts);
    }
}
