package com.halowill.partnerhub.inventory;

/** Why one row of an imported plan cannot be used: its row number (1 is the first after the header) and field. */
public record PlanRowError(int row, String field, String message) {
}
