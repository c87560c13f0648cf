package com.halowill.partnerhub.inventory;

import java.time.LocalDate;
import java.util.Set;

/** How many modules of the given form factors an assembly line can build in a week. */
public record AssemblyCapacity(String line, Set<String> formFactors, LocalDate weekStart, int units) {
}
