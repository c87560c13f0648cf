package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** A quantity to reserve from one supply bucket. */
public record SupplyTake(SupplyKind kind, LocalDate readyDate, int quantity) {
}
