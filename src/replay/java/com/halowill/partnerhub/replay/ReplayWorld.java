package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.SupplyPlan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Puts the replay's database back to the seed world before each run: no orders, commitments, shipments or
 * notifications; the seed stock, plan and (unless the run turns protection off) LTAs. Catalog, warehouses,
 * distributors and their allocation profiles stay as the demo data loaded them.
 */
@ApplicationScoped
class ReplayWorld {

    private final EntityManager em;
    private final InventoryAdministration inventory;
    private final SupplyPlan plan;
    private final Allocations allocations;

    ReplayWorld(EntityManager em, InventoryAdministration inventory, SupplyPlan plan, Allocations allocations) {
        this.em = em;
        this.inventory = inventory;
        this.plan = plan;
        this.allocations = allocations;
    }

    /** The seed world again; {@code withLtas} false leaves out LTAs and caps (the engine without protection). */
    void reset(boolean withLtas) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    truncate orders.change_request_line, orders.change_request, orders.order_line,
                        orders.purchase_order, orders.idempotency_key,
                        commitments.shipment_serial, commitments.shipment_line, commitments.shipment,
                        commitments.commitment_history, commitments.allocation, commitments.commitment,
                        commitments.recommit_case, commitments.allocation_cap, commitments.lta_week, commitments.lta,
                        notifications.delivery, notifications.outbox_event,
                        inventory.stock, inventory.component_pool, inventory.capacity_pool,
                        inventory.supply_plan_change, inventory.supply_plan_version""").executeUpdate();
            for (CSVRecord r : read("inventory.csv")) {
                inventory.setOnHand(r.get("sku"), r.get("warehouse"), Integer.parseInt(r.get("on_hand")), "seed");
            }
            plan.importCsv(SeedWorld.text("component_supply.csv"), "seed", "seed plan: component supply");
            plan.importCsv(SeedWorld.text("assembly_capacity.csv"), "seed", "seed plan: assembly capacity");
            if (withLtas) {
                for (CSVRecord r : read("long_term_agreements.csv")) {
                    allocations.saveLta(new Lta(r.get("code"), r.get("distributor"), r.get("sku"),
                            LocalDate.parse(r.get("period_start")), LocalDate.parse(r.get("period_end")),
                            Integer.parseInt(r.get("committed_quantity")),
                            Integer.parseInt(r.get("take_or_pay_percent")), SeedWorld.FENCE_WEEKS));
                }
            }
        });
    }

    private static java.util.List<CSVRecord> read(String file) {
        try (InputStream in = ReplayWorld.class.getResourceAsStream("/demo-data/" + file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
