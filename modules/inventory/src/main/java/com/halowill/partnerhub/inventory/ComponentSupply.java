package com.halowill.partnerhub.inventory;

import java.time.LocalDate;

/** How many units of a component (laser chip, DSP) arrive in a week. */
public record ComponentSupply(String component, LocalDate weekStart, int quantity) {
}
