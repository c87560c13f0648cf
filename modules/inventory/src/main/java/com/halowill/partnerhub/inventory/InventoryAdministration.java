package com.halowill.partnerhub.inventory;

import java.time.LocalDate;
import java.util.List;

/** Maintains warehouses, stock and the supply plan (ops, demo data). */
public interface InventoryAdministration {

    void saveWarehouse(Warehouse warehouse);

    void setOnHand(String sku, String warehouse, int onHand);

    /** Replaces the component supply and assembly capacity plan. */
    void replaceSupplyPlan(List<ComponentSupply> supply, List<AssemblyCapacity> capacity);

    /**
     * Recomputes the promisable supply buckets from stock and the supply plan: stock is ready on
     * {@code asOf}, each week's output on the Friday of that week. Reservations already taken stay.
     */
    void rebuildSupply(LocalDate asOf);
}
