package com.halowill.partnerhub.app.stack;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supply a test owns: a product built from a chip of its own on a line of its own, so the test knows
 * exactly how many units exist and no other test can take them.
 */
@ApplicationScoped
public class PrivateSupply {

    /** A product and the names of its private pools. */
    public record World(String sku, String chip, String line, String formFactor) {
    }

    private final CatalogAdministration catalog;
    private final InventoryAdministration inventory;
    private final SupplyPlan plan;
    private final EntityManager em;

    PrivateSupply(CatalogAdministration catalog, InventoryAdministration inventory, SupplyPlan plan,
            EntityManager em) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.plan = plan;
        this.em = em;
    }

    /** The Monday {@code n} weeks after this week's. */
    public static LocalDate monday(int n) {
        return LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
    }

    public static LocalDate friday(int n) {
        return monday(n).plusDays(4);
    }

    /**
     * A product needing {@code chipsPerUnit} of its own chip; {@code chipsByWeek} chips arrive in the given
     * weeks (weeks from now), and its line can build {@code capacity} a week for the next 20 weeks.
     */
    public World product(String prefix, int chipsPerUnit, Map<Integer, Integer> chipsByWeek, int capacity) {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        World w = new World("T-" + prefix + "-" + id, "TC-" + id, "TL-" + id, "TFF-" + id);
        QuarkusTransaction.requiringNew().run(() -> {
            catalog.saveComponent(new Component(w.chip(), "test chip " + id, true, null));
            catalog.saveProduct(new Product(new Sku(w.sku()), "Test module " + id, 9999, w.formFactor(), "DR8", 500,
                    "SMF", "MPO-16", "1310", 8, 100, "EML", "5nm", new BigDecimal("15.0"), Lifecycle.ACTIVE, null, null,
                    Money.usd("100.00"), 1, 1, 4));
            catalog.saveBomLine(new BomLine(new Sku(w.sku()), w.chip(), chipsPerUnit));
            inventory.saveAssemblyLine(w.line(), List.of(w.formFactor()));
        });
        List<PlanCell> cells = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            cells.add(new PlanCell(PoolKind.CAPACITY, w.line(), monday(i), capacity));
            cells.add(new PlanCell(PoolKind.CHIPS, w.chip(), monday(i), chipsByWeek.getOrDefault(i, 0)));
        }
        plan.edit(cells, "test", "private supply for " + w.sku());
        return w;
    }

    /** A second product built on the same line from the same chip as {@code w}, {@code chipsPerUnit} a unit. */
    public World sibling(World w, String prefix, int chipsPerUnit) {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        World s = new World("T-" + prefix + "-" + id, w.chip(), w.line(), w.formFactor());
        QuarkusTransaction.requiringNew().run(() -> {
            catalog.saveProduct(new Product(new Sku(s.sku()), "Test sibling " + id, 9999, w.formFactor(), "DR8", 500,
                    "SMF", "MPO-16", "1310", 8, 100, "EML", "5nm", new BigDecimal("15.0"), Lifecycle.ACTIVE, null, null,
                    Money.usd("100.00"), 1, 1, 4));
            catalog.saveBomLine(new BomLine(new Sku(s.sku()), w.chip(), chipsPerUnit));
        });
        return s;
    }

    /** Ends the product's life: end-of-life, its last-time-buy date yesterday. */
    public void endOfLife(World w) {
        QuarkusTransaction.requiringNew().run(() -> catalog.saveProduct(new Product(new Sku(w.sku()),
                "Test module " + w.sku(),
                9999, w.formFactor(), "DR8", 500, "SMF", "MPO-16", "1310", 8, 100, "EML", "5nm",
                new BigDecimal("15.0"), Lifecycle.EOL, LocalDate.now().minusDays(1), null, Money.usd("100.00"), 1, 1,
                4)));
    }

    /** Stock of the product in a warehouse. */
    public void stock(World w, String warehouse, int units) {
        inventory.setOnHand(new Sku(w.sku()), warehouse, units, "test");
    }

    public int stockOnHand(World w, String warehouse) {
        return QuarkusTransaction.requiringNew().call(() -> n(em.createNativeQuery(
                "select on_hand from inventory.stock where sku = ?1 and warehouse = ?2").setParameter(1, w.sku())
                .setParameter(2, warehouse).getSingleResult()));
    }

    /** Units held, confirmed and shipped on the product's line in a week, as the pool row keeps them. */
    public int[] capacityTotals(World w, LocalDate week) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select units, held, confirmed, shipped from inventory.capacity_pool where line = ?1 and week_start = ?2""")
                    .setParameter(1, w.line()).setParameter(2, week).getSingleResult();
            return new int[] {n(r[0]), n(r[1]), n(r[2]), n(r[3])};
        });
    }

    /** Chips of the product's component used (held + confirmed + shipped) in all weeks, and supplied. */
    public int[] chipTotals(World w) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select sum(supply), sum(held), sum(confirmed), sum(shipped) from inventory.component_pool
                    where component = ?1""").setParameter(1, w.chip()).getSingleResult();
            return new int[] {n(r[0]), n(r[1]), n(r[2]), n(r[3])};
        });
    }

    /** Units of the product the commitments hold (PROPOSED) and confirm, summed from their allocations. */
    public int[] committedUnits(String sku) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    select coalesce(sum(a.units - a.shipped) filter (where c.state = 'PROPOSED'), 0),
                           coalesce(sum(a.units - a.shipped) filter (where c.state = 'CONFIRMED'), 0)
                    from commitments.allocation a join commitments.commitment c on c.id = a.commitment_id
                    where c.sku = ?1""").setParameter(1, sku).getSingleResult();
            return new int[] {n(r[0]), n(r[1])};
        });
    }

    private static int n(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
