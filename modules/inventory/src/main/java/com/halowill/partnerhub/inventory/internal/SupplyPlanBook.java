package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PlanChange;
import com.halowill.partnerhub.inventory.PlanPreview;
import com.halowill.partnerhub.inventory.PlanRejected;
import com.halowill.partnerhub.inventory.PlanRowError;
import com.halowill.partnerhub.inventory.PlanVersion;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The supply plan kept in the pool rows' {@code supply} and {@code units} columns: import (preview first,
 * then all or nothing), edits, and history. Changing a cell never touches what is held or confirmed.
 */
@ApplicationScoped
@Transactional
class SupplyPlanBook implements SupplyPlan {

    private final EntityManager em;
    private final Catalog catalog;
    private final PlanVersions versions;

    private final InventoryReference reference;

    SupplyPlanBook(EntityManager em, Catalog catalog, PlanVersions versions, InventoryReference reference) {
        this.em = em;
        this.catalog = catalog;
        this.versions = versions;
        this.reference = reference;
    }

    @Override
    public PlanPreview preview(String csv) {
        PlanCsv.Parsed parsed = PlanCsv.parse(csv, components());
        List<PlanChange> changes = parsed.kind() == null ? List.of() : changes(parsed);
        return new PlanPreview(parsed.kind(), parsed.rows().size(), parsed.errors(), changes);
    }

    @Override
    public PlanVersion importCsv(String csv, String actor, String note) {
        PlanCsv.Parsed parsed = PlanCsv.parse(csv, components());
        if (!parsed.errors().isEmpty()) {
            throw new PlanRejected(parsed.errors());
        }
        TreeSet<String> families = parsed.rows().stream().map(r -> parsed.kind().family(r.key()))
                .collect(Collectors.toCollection(TreeSet::new));
        PoolLocks.ensure(em, families);
        PoolLocks.lock(em, families);
        if (parsed.kind() == PoolKind.CAPACITY) {
            Map<String, String> lines = new LinkedHashMap<>();
            parsed.rows().forEach(r -> lines.putIfAbsent(r.key(), r.formFactors()));
            lines.forEach(this::saveLine);
        }
        List<PlanChange> changes = changes(parsed);
        write(changes);
        return versions.record("IMPORT", actor, note, changes);
    }

    @Override
    public PlanVersion edit(List<PlanCell> cells, String actor, String note) {
        Set<String> components = components();
        Set<String> lines = reference.lines().keySet();
        List<PlanRowError> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            PlanCell c = cells.get(i);
            if (c.kind() == PoolKind.STOCK || !(c.kind() == PoolKind.CHIPS ? components : lines).contains(c.key())) {
                errors.add(new PlanRowError(i + 1, "key", "unknown " + (c.kind() == PoolKind.CHIPS ? "component"
                        : "line") + " '" + c.key() + "'"));
            }
            if (c.week() == null || c.week().getDayOfWeek() != DayOfWeek.MONDAY) {
                errors.add(new PlanRowError(i + 1, "week", "weeks start on Monday"));
            }
            if (c.quantity() < 0 || c.quantity() > PlanCsv.MAX_QUANTITY) {
                errors.add(new PlanRowError(i + 1, "quantity", "must be 0 to " + PlanCsv.MAX_QUANTITY));
            }
        }
        if (!errors.isEmpty()) {
            throw new PlanRejected(errors);
        }
        TreeSet<String> families = cells.stream().map(c -> c.kind().family(c.key()))
                .collect(Collectors.toCollection(TreeSet::new));
        PoolLocks.ensure(em, families);
        PoolLocks.lock(em, families);
        List<PlanChange> changes = new ArrayList<>();
        for (PlanCell c : cells) {
            int before = current(c.kind(), c.key()).getOrDefault(c.week(), 0);
            if (before != c.quantity()) {
                changes.add(new PlanChange(c.kind(), c.key(), c.week().toString(), before, c.quantity()));
            }
        }
        write(changes);
        return versions.record("EDIT", actor, note, changes);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PlanCell> current(PoolKind kind) {
        String sql = kind == PoolKind.CHIPS
                ? "select component, week_start, supply from inventory.component_pool order by component, week_start"
                : "select line, week_start, units from inventory.capacity_pool order by line, week_start";
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new PlanCell(kind, (String) r[0], (LocalDate) r[1], ((Number) r[2]).intValue()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanVersion> versions(int limit) {
        return versions.list(limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanChange> changes(long version) {
        return versions.changes(version);
    }

    /** Every cell the parsed file changes: its own rows, and the weeks it leaves out of the keys it names. */
    private List<PlanChange> changes(PlanCsv.Parsed parsed) {
        Map<String, Map<LocalDate, Integer>> wanted = new LinkedHashMap<>();
        parsed.rows().forEach(r -> wanted.computeIfAbsent(r.key(), k -> new HashMap<>()).put(r.week(), r.quantity()));
        List<PlanChange> out = new ArrayList<>();
        wanted.forEach((key, weeks) -> {
            Map<LocalDate, Integer> now = current(parsed.kind(), key);
            TreeSet<LocalDate> all = new TreeSet<>(weeks.keySet());
            all.addAll(now.keySet());
            for (LocalDate w : all) {
                int before = now.getOrDefault(w, 0);
                int after = weeks.getOrDefault(w, 0);
                if (before != after) {
                    out.add(new PlanChange(parsed.kind(), key, w.toString(), before, after));
                }
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<LocalDate, Integer> current(PoolKind kind, String key) {
        String sql = kind == PoolKind.CHIPS
                ? "select week_start, supply from inventory.component_pool where component = ?1"
                : "select week_start, units from inventory.capacity_pool where line = ?1";
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        Map<LocalDate, Integer> out = new HashMap<>();
        rows.forEach(r -> out.put((LocalDate) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    private void write(List<PlanChange> changes) {
        for (PlanChange c : changes) {
            String sql = c.kind() == PoolKind.CHIPS ? """
                    insert into inventory.component_pool (component, week_start, supply) values (?1, ?2, ?3)
                    on conflict (component, week_start) do update set supply = excluded.supply"""
                    : """
                    insert into inventory.capacity_pool (line, week_start, units) values (?1, ?2, ?3)
                    on conflict (line, week_start) do update set units = excluded.units""";
            em.createNativeQuery(sql).setParameter(1, c.key()).setParameter(2, LocalDate.parse(c.place()))
                    .setParameter(3, c.after()).executeUpdate();
        }
    }

    private void saveLine(String line, String formFactors) {
        em.createNativeQuery("""
                insert into inventory.assembly_line (line, form_factors) values (?1, ?2)
                on conflict (line) do update set form_factors = excluded.form_factors""")
                .setParameter(1, line).setParameter(2, formFactors).executeUpdate();
        reference.changed();
    }

    private Set<String> components() {
        return catalog.components().stream().map(Component::code).collect(Collectors.toSet());
    }
}
