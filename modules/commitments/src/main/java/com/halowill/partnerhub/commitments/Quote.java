package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/** A non-binding answer to "when could this ship?": a date, or none when supply in the horizon is short. */
public record Quote(String sku, int quantity, LocalDate shipDate, String explanation) {
}
