package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.Warehouse;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Warehouses and assembly lines (with the form factors each builds), read once per inventory revision. */
@ApplicationScoped
class InventoryReference {

    /** The reference data of the {@code inventory} schema. */
    record Data(Map<String, Warehouse> warehouses, Map<String, List<String>> lines) {
    }

    private final EntityManager em;
    private final ReferenceSnapshot<Data> snapshot;

    InventoryReference(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.snapshot = new ReferenceSnapshot<>(em, transactions, "inventory", this::read);
    }

    Map<String, Warehouse> warehouses() {
        return snapshot.get().warehouses();
    }

    /** Line to the form factors it builds, in line order. */
    Map<String, List<String>> lines() {
        return snapshot.get().lines();
    }

    void changed() {
        snapshot.changed();
    }

    @SuppressWarnings("unchecked")
    private Data read() {
        List<Object[]> rows = em.createNativeQuery(
                "select code, name, country, role, transit_days from inventory.warehouse order by code").getResultList();
        Map<String, Warehouse> warehouses = rows.stream().map(r -> new Warehouse((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).intValue()))
                .collect(Collectors.toUnmodifiableMap(Warehouse::code, Function.identity()));
        return new Data(warehouses, Lines.read(em));
    }
}
