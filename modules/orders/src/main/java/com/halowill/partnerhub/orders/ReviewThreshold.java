package com.halowill.partnerhub.orders;

import java.time.Instant;

/** The largest quantity of a product a distributor orders on one line without ops looking at it first. */
public record ReviewThreshold(String distributor, String sku, int maxUnits, String setBy, Instant setAt) {
}
