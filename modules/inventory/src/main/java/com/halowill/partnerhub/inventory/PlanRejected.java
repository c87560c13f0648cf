package com.halowill.partnerhub.inventory;

import java.util.List;

/** An imported or edited plan with errors: nothing was changed, the plan in force stays. */
public class PlanRejected extends RuntimeException {

    private final List<PlanRowError> errors;

    public PlanRejected(List<PlanRowError> errors) {
        super(errors.size() + " error(s) in the supply plan; nothing was changed");
        this.errors = List.copyOf(errors);
    }

    public List<PlanRowError> errors() {
        return errors;
    }
}
