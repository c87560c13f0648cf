package com.halowill.partnerhub.inventory;

import com.halowill.partnerhub.catalog.Sku;
import java.util.List;

/** Maintains warehouses, assembly lines and stock on hand (ops, demo data). */
public interface InventoryAdministration {

    void saveWarehouse(Warehouse warehouse);

    List<Warehouse> warehouses();

    /** Defines or redefines an assembly line and the form factors it builds. */
    void saveAssemblyLine(String line, List<String> formFactors);

    /**
     * Sets the units on hand of a product in a warehouse (a count, a receipt). Setting it below what is
     * promised from it does not fail: it fires {@link SupplyChanged} like a plan change.
     */
    void setOnHand(Sku sku, String warehouse, int onHand, String actor);
}
