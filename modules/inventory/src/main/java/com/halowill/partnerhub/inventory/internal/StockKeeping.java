package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.PlanChange;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.Warehouse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.TreeSet;

/** Warehouses, assembly lines and stock on hand; a stock count is recorded like a plan change. */
@ApplicationScoped
@Transactional
class StockKeeping implements InventoryAdministration {

    private final EntityManager em;
    private final PlanVersions versions;
    private final SupplyPoolBook pools;
    private final InventoryReference reference;

    StockKeeping(EntityManager em, PlanVersions versions, SupplyPoolBook pools, InventoryReference reference) {
        this.em = em;
        this.versions = versions;
        this.pools = pools;
        this.reference = reference;
    }

    @Override
    public void saveWarehouse(Warehouse w) {
        em.createNativeQuery("""
                insert into inventory.warehouse (code, name, country, role, transit_days) values (?1, ?2, ?3, ?4, ?5)
                on conflict (code) do update set name = excluded.name, country = excluded.country,
                role = excluded.role, transit_days = excluded.transit_days""")
                .setParameter(1, w.code()).setParameter(2, w.name()).setParameter(3, w.country())
                .setParameter(4, w.role()).setParameter(5, w.transitDays()).executeUpdate();
        reference.changed();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Warehouse> warehouses() {
        return pools.warehouses().values().stream().sorted(java.util.Comparator.comparing(Warehouse::code)).toList();
    }

    @Override
    public void saveAssemblyLine(String line, List<String> formFactors) {
        PoolLocks.ensure(em, List.of(PoolKind.CAPACITY.family(line)));
        em.createNativeQuery("""
                insert into inventory.assembly_line (line, form_factors) values (?1, ?2)
                on conflict (line) do update set form_factors = excluded.form_factors""")
                .setParameter(1, line).setParameter(2, String.join(";", formFactors)).executeUpdate();
        reference.changed();
    }

    @Override
    public void setOnHand(Sku product, String warehouse, int onHand, String actor) {
        if (onHand < 0) {
            throw new IllegalArgumentException("units on hand cannot be negative");
        }
        String sku = product.value();
        String family = PoolKind.STOCK.family(sku);
        PoolLocks.ensure(em, List.of(family));
        PoolLocks.lock(em, new TreeSet<>(List.of(family)));
        List<?> old = em.createNativeQuery("select on_hand from inventory.stock where sku = ?1 and warehouse = ?2")
                .setParameter(1, sku).setParameter(2, warehouse).getResultList();
        int before = old.isEmpty() ? 0 : ((Number) old.get(0)).intValue();
        em.createNativeQuery("""
                insert into inventory.stock (sku, warehouse, on_hand) values (?1, ?2, ?3)
                on conflict (sku, warehouse) do update set on_hand = excluded.on_hand""")
                .setParameter(1, sku).setParameter(2, warehouse).setParameter(3, onHand).executeUpdate();
        if (before != onHand || old.isEmpty()) {
            versions.record("STOCK", actor, "stock of " + sku + " at " + warehouse,
                    List.of(new PlanChange(PoolKind.STOCK, sku, warehouse, before, onHand)));
        }
    }
}
