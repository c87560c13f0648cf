package com.halowill.partnerhub.commitments.internal.engine;

import com.halowill.partnerhub.commitments.Demand;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import java.time.LocalDate;

/**
 * What the engine is asked to promise: a demand's facts, optionally bound by ops (ship no later than a
 * date, or only from one kind of source).
 */
public record PromiseRequest(String distributor, String sku, int quantity, LocalDate requested,
        String preferredWarehouse,
        LocalDate latestShip, Allocation.Source onlySource) {

    public static PromiseRequest of(Demand d) {
        return new PromiseRequest(d.distributor().value(), d.sku().value(), d.quantity(), d.requestedDate(),
                d.preferredWarehouse(), null, null);
    }

    public PromiseRequest withQuantity(int q) {
        return new PromiseRequest(distributor, sku, q, requested, preferredWarehouse, latestShip, onlySource);
    }
}
