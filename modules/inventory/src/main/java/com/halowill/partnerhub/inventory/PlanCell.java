package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** One cell of the supply plan: a component's supply ({@code CHIPS}) or a line's capacity in a week. */
public record PlanCell(PoolKind kind, String key, LocalDate week, int quantity) {
}
