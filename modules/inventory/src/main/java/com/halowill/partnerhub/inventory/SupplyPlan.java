package com.halowill.partnerhub.inventory;

import java.util.List;

/**
 * The supply plan in force (components per week, line capacity per week), its import from CSV with a
 * preview, single-cell edits, and its version history. A change never fails because commitments rely
 * on the old plan: it fires {@link SupplyChanged} and the promise engine opens a re-commit case.
 */
public interface SupplyPlan {

    /**
     * Reads a CSV of component supply ({@code component,week_start,quantity}) or of assembly capacity
     * ({@code line,form_factors,week_start,units}) and says what it would change; changes nothing.
     */
    PlanPreview preview(String csv);

    /**
     * Makes the CSV the plan for every component (or line) it names, in every week: weeks it leaves out
     * get none. All or nothing.
     *
     * @throws PlanRejected with every row's errors; the plan in force stays untouched
     */
    PlanVersion importCsv(String csv, String actor, String note);

    /** Sets single cells of the plan (a line must exist before its capacity is set). */
    PlanVersion edit(List<PlanCell> cells, String actor, String note);

    /** The plan in force, by kind, key and week. */
    List<PlanCell> current(PoolKind kind);

    /** The newest versions first. */
    List<PlanVersion> versions(int limit);

    List<PlanChange> changes(long version);
}
