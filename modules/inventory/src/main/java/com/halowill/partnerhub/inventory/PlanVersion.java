package com.halowill.partnerhub.inventory;

import java.time.Instant;

/** A version of the supply plan: who changed it, when, how, and how many cells changed. */
public record PlanVersion(long id, Instant at, String actor, String source, String note, int changes) {
}
