package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.AtpBucket;
import com.halowill.partnerhub.inventory.Availability;
import com.halowill.partnerhub.inventory.SupplyKind;
import com.halowill.partnerhub.inventory.SupplyTake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Available-to-promise from the {@code inventory.supply_bucket} table. A reservation is a
 * conditional update per bucket ({@code reserved + q <= quantity}), taken in ready-date order, so
 * two transactions, in one process or two, can never reserve the same unit.
 */
@ApplicationScoped
class SupplyBuckets implements Availability {

    private static final String SELECT = """
            select sku, kind, ready_date, quantity, reserved from inventory.supply_bucket
            where sku in (?1) order by sku, ready_date, kind desc""";

    private final EntityManager em;

    SupplyBuckets(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AtpBucket> atp(String sku) {
        return atp(List.of(sku));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AtpBucket> atp(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(SELECT).setParameter(1, skus).getResultList();
        return rows.stream().map(r -> new AtpBucket((String) r[0], SupplyKind.valueOf((String) r[1]),
                (LocalDate) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reserve(String sku, List<SupplyTake> takes, String reference) {
        List<SupplyTake> ordered = takes.stream()
                .sorted(Comparator.comparing(SupplyTake::readyDate).thenComparing(SupplyTake::kind)).toList();
        for (SupplyTake take : ordered) {
            int updated = em.createNativeQuery("""
                    update inventory.supply_bucket set reserved = reserved + ?1
                    where sku = ?2 and kind = ?3 and ready_date = ?4 and quantity - reserved >= ?1""")
                    .setParameter(1, take.quantity()).setParameter(2, sku).setParameter(3, take.kind().name())
                    .setParameter(4, take.readyDate()).executeUpdate();
            if (updated == 0) {
                return false;
            }
            em.createNativeQuery("""
                    insert into inventory.reservation (sku, kind, ready_date, quantity, reference)
                    values (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, sku).setParameter(2, take.kind().name()).setParameter(3, take.readyDate())
                    .setParameter(4, take.quantity()).setParameter(5, reference).executeUpdate();
        }
        return true;
    }
}
