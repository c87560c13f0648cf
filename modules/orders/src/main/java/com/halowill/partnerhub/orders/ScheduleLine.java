package com.halowill.partnerhub.orders;

import java.time.LocalDate;

/**
 * A (quantity, ship date) given for an order line: proposed by the engine, confirmed by HaloWill, or
 * backordered (no date yet); with the expected delivery date and the LTA it draws on, if any.
 */
public record ScheduleLine(int quantity, LocalDate shipDate, LocalDate deliveryDate, String state, String fromLta) {
}
