package com.halowill.partnerhub.commitments;

import java.time.LocalDate;
import java.util.List;

/**
 * A quantity of a commitment and the date it ships (null: backordered, no date yet), when it should
 * arrive, how much of it is drawn on the holder's LTA, how much has shipped, and where it comes from.
 */
public record ScheduleLine(int quantity, LocalDate shipDate, LocalDate deliveryDate, String fromLta,
        int ltaQuantity, int shippedQuantity, List<String> sources) {

    public ScheduleLine {
        sources = List.copyOf(sources);
    }

    public boolean backordered() {
        return shipDate == null;
    }
}
