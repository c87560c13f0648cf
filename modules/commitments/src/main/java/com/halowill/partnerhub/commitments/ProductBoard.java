package com.halowill.partnerhub.commitments;
import com.halowill.partnerhub.catalog.Sku;

import java.util.List;

/** One product's allocation board: its weeks from the earliest with anything open, and the LTAs on it. */
public record ProductBoard(Sku sku, List<ProductWeek> weeks, List<LtaStatus> ltas) {

    public ProductBoard {
        weeks = List.copyOf(weeks);
        ltas = List.copyOf(ltas);
    }

    /** Units asked for without a ship date yet, over all weeks. */
    public int backordered() {
        return weeks.stream().mapToInt(ProductWeek::backordered).sum();
    }

    /** Units still protected for LTA holders, over all weeks. */
    public int ltaProtected() {
        return weeks.stream().mapToInt(ProductWeek::ltaProtected).sum();
    }
}
