package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.DemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Puts the replay's database back to the seed world before each run: no orders, commitments, shipments or
 * notifications; the seed stock, plan and (unless the run turns protection off) LTAs, as the demo data loads them.
 * Catalog, warehouses, distributors and their allocation profiles stay as the demo data loaded them.
 */
@ApplicationScoped
class ReplayWorld {

    private final EntityManager em;
    private final DemoData seed;

    ReplayWorld(EntityManager em, DemoData seed) {
        this.em = em;
        this.seed = seed;
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
            seed.seedSupply();
            if (withLtas) {
                seed.seedLtas();
            }
        });
    }
}
