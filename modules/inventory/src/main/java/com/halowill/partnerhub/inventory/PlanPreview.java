package com.halowill.partnerhub.inventory;

import java.util.List;

/**
 * What an imported plan would do, before anything changes: the rows read, every row's errors, and each
 * cell it would change. A plan with errors cannot be applied.
 */
public record PlanPreview(PoolKind kind, int rows, List<PlanRowError> errors, List<PlanChange> changes) {

    public PlanPreview {
        errors = List.copyOf(errors);
        changes = List.copyOf(changes);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
