package com.halowill.partnerhub.inventory;

/** One cell the plan changes: which pool, where ({@code week} or warehouse), from what to what. */
public record PlanChange(PoolKind kind, String key, String place, int before, int after) {
}
