package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.PlanChange;
import com.halowill.partnerhub.inventory.PlanVersion;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/** The supply plan's history: records a version with its changed cells and tells the engine supply moved. */
@ApplicationScoped
class PlanVersions {

    private final EntityManager em;
    private final Clock clock;
    private final Event<SupplyChanged> changed;

    PlanVersions(EntityManager em, Clock clock, Event<SupplyChanged> changed) {
        this.em = em;
        this.clock = clock;
        this.changed = changed;
    }

    PlanVersion record(String source, String actor, String note, List<PlanChange> changes) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        long id = ((Number) em.createNativeQuery("""
                insert into inventory.supply_plan_version (created_at, created_by, source, note, changes)
                values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, actor).setParameter(3, source)
                .setParameter(4, note == null ? "" : note).setParameter(5, changes.size()).getSingleResult())
                .longValue();
        TreeSet<String> families = new TreeSet<>();
        for (PlanChange c : changes) {
            em.createNativeQuery("""
                    insert into inventory.supply_plan_change (version_id, kind, key, place, old_quantity, new_quantity)
                    values (?1, ?2, ?3, ?4, ?5, ?6)""")
                    .setParameter(1, id).setParameter(2, c.kind().name()).setParameter(3, c.key())
                    .setParameter(4, c.place()).setParameter(5, c.before()).setParameter(6, c.after()).executeUpdate();
            families.add(c.kind().family(c.key()));
        }
        if (!changes.isEmpty()) {
            changed.fire(new SupplyChanged(id, actor, List.copyOf(families)));
        }
        return new PlanVersion(id, now, actor, source, note == null ? "" : note, changes.size());
    }

    @SuppressWarnings("unchecked")
    List<PlanVersion> list(int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, created_at, created_by, source, note, changes from inventory.supply_plan_version
                order by id desc limit ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new PlanVersion(((Number) r[0]).longValue(), (Instant) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    List<PlanChange> changes(long version) {
        List<Object[]> rows = em.createNativeQuery("""
                select kind, key, place, old_quantity, new_quantity from inventory.supply_plan_change
                where version_id = ?1 order by kind, key, place""").setParameter(1, version).getResultList();
        return rows.stream().map(r -> new PlanChange(PoolKind.valueOf((String) r[0]), (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }
}
