package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.inventory.AssemblyCapacity;
import com.halowill.partnerhub.inventory.ComponentSupply;
import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.Warehouse;
import com.halowill.partnerhub.inventory.internal.ScheduledOutput.Buildable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes warehouses, stock and the supply plan, and derives the promisable supply buckets from them. */
@ApplicationScoped
@Transactional
class SupplyPlanning implements InventoryAdministration {

    /** Output of a week can ship on that week's Friday. */
    private static final int OUTPUT_READY_OFFSET_DAYS = 4;

    private final EntityManager em;
    private final Catalog catalog;

    SupplyPlanning(EntityManager em, Catalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    @Override
    public void saveWarehouse(Warehouse w) {
        em.createNativeQuery("""
                insert into inventory.warehouse (code, name, country, role, transit_days) values (?1, ?2, ?3, ?4, ?5)
                on conflict (code) do update set name = excluded.name, country = excluded.country,
                role = excluded.role, transit_days = excluded.transit_days""")
                .setParameter(1, w.code()).setParameter(2, w.name()).setParameter(3, w.country())
                .setParameter(4, w.role()).setParameter(5, w.transitDays()).executeUpdate();
    }

    @Override
    public void setOnHand(String sku, String warehouse, int onHand) {
        em.createNativeQuery("""
                insert into inventory.stock (sku, warehouse, on_hand) values (?1, ?2, ?3)
                on conflict (sku, warehouse) do update set on_hand = excluded.on_hand""")
                .setParameter(1, sku).setParameter(2, warehouse).setParameter(3, onHand).executeUpdate();
    }

    @Override
    public void replaceSupplyPlan(List<ComponentSupply> supply, List<AssemblyCapacity> capacity) {
        em.createNativeQuery("delete from inventory.component_supply").executeUpdate();
        em.createNativeQuery("delete from inventory.assembly_capacity").executeUpdate();
        for (ComponentSupply s : supply) {
            em.createNativeQuery(
                    "insert into inventory.component_supply (component, week_start, quantity) values (?1, ?2, ?3)")
                    .setParameter(1, s.component()).setParameter(2, s.weekStart()).setParameter(3, s.quantity())
                    .executeUpdate();
        }
        for (AssemblyCapacity c : capacity) {
            em.createNativeQuery("""
                    insert into inventory.assembly_capacity (line, form_factors, week_start, units)
                    values (?1, ?2, ?3, ?4)""")
                    .setParameter(1, c.line()).setParameter(2, String.join(";", c.formFactors()))
                    .setParameter(3, c.weekStart()).setParameter(4, c.units()).executeUpdate();
        }
    }

    @Override
    public void rebuildSupply(LocalDate asOf) {
        em.createNativeQuery("""
                insert into inventory.supply_bucket (sku, kind, ready_date, quantity)
                select sku, 'STOCK', ?1, sum(on_hand) from inventory.stock group by sku
                on conflict (sku, kind, ready_date) do update set quantity = excluded.quantity""")
                .setParameter(1, asOf).executeUpdate();
        List<Buildable> buildable = catalog.search(ProductQuery.all()).stream()
                .filter(p -> p.lifecycle() != Lifecycle.EOL)
                .map(this::buildable).toList();
        for (ScheduledOutput.WeeklyOutput o : ScheduledOutput.plan(buildable, componentSupply(), capacity())) {
            em.createNativeQuery("""
                    insert into inventory.supply_bucket (sku, kind, ready_date, quantity) values (?1, 'OUTPUT', ?2, ?3)
                    on conflict (sku, kind, ready_date) do update set quantity = excluded.quantity""")
                    .setParameter(1, o.sku()).setParameter(2, o.weekStart().plusDays(OUTPUT_READY_OFFSET_DAYS))
                    .setParameter(3, o.units()).executeUpdate();
        }
    }

    private Buildable buildable(Product p) {
        Map<String, Integer> perUnit = catalog.billOfMaterials(p.sku()).stream()
                .collect(Collectors.toMap(BomLine::component, BomLine::quantityPerUnit));
        return new Buildable(p.sku(), p.formFactor(), perUnit);
    }

    @SuppressWarnings("unchecked")
    private List<ComponentSupply> componentSupply() {
        List<Object[]> rows = em.createNativeQuery(
                "select component, week_start, quantity from inventory.component_supply").getResultList();
        return rows.stream().map(r -> new ComponentSupply((String) r[0], (LocalDate) r[1],
                ((Number) r[2]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AssemblyCapacity> capacity() {
        List<Object[]> rows = em.createNativeQuery(
                "select line, form_factors, week_start, units from inventory.assembly_capacity").getResultList();
        return rows.stream().map(r -> new AssemblyCapacity((String) r[0],
                new LinkedHashSet<>(Arrays.asList(((String) r[1]).split(";"))), (LocalDate) r[2],
                ((Number) r[3]).intValue())).toList();
    }
}
