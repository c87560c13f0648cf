package com.halowill.partnerhub.orders;

import java.time.LocalDate;

/** A confirmed (quantity, ship date) for an order line. */
public record ScheduleLine(int quantity, LocalDate shipDate, String state) {
}
